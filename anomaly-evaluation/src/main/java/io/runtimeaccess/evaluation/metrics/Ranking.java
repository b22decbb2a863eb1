package io.runtimeaccess.evaluation.metrics;

import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Ranking metrics of scores for positives (attacks) against negatives (benign events), higher score
 * meaning more suspicious. All are exact with ties.
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * ROC-AUC: the probability that a random positive scores above a random negative, a tie counting one
     * half (the Mann–Whitney statistic over P·N). {@code NaN} without positives or negatives.
     */
    public static double rocAuc(ScoreHistogram positives, ScoreHistogram negatives) {
        long p = positives.total();
        long n = negatives.total();
        if (p == 0 || n == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negativesBelow = 0;
        var negIt = negatives.counts().entrySet().iterator();
        Map.Entry<Double, long[]> neg = negIt.hasNext() ? negIt.next() : null;
        for (Map.Entry<Double, long[]> pos : positives.counts().entrySet()) {
            double score = pos.getKey();
            while (neg != null && neg.getKey() < score) {
                negativesBelow += neg.getValue()[0];
                neg = negIt.hasNext() ? negIt.next() : null;
            }
            long tied = neg != null && neg.getKey() == score ? neg.getValue()[0] : 0;
            wins += pos.getValue()[0] * (negativesBelow + 0.5 * tied);
        }
        return wins / ((double) p * n);
    }

    /**
     * Average precision (PR-AUC as scikit-learn's {@code average_precision_score}): the precision at each
     * distinct threshold, from the highest score down, weighted by the recall it adds. Tied events enter
     * together. {@code NaN} without positives.
     */
    public static double averagePrecision(ScoreHistogram positives, ScoreHistogram negatives) {
        long p = positives.total();
        if (p == 0) {
            return Double.NaN;
        }
        double ap = 0;
        long tp = 0;
        long fp = 0;
        for (double score : thresholds(positives, negatives).descendingSet()) {
            long addTp = positives.count(score);
            tp += addTp;
            fp += negatives.count(score);
            if (addTp > 0) {
                ap += (double) addTp / p * ((double) tp / (tp + fp));
            }
        }
        return ap;
    }

    /** The result of {@link #recallAtFpr}. */
    public record Operating(double recall, double threshold, double falsePositiveRate) {
    }

    /**
     * Recall at the most inclusive threshold whose false-positive rate on the negatives is at most
     * {@code maxFpr}: alert when score ≥ threshold. The threshold is chosen on the negatives only; a tie
     * group is never split, so the achieved rate may be below {@code maxFpr}. If even the highest score
     * gives too many false positives, nothing is alerted (threshold +∞, recall 0).
     */
    public static Operating recallAtFpr(ScoreHistogram positives, ScoreHistogram negatives, double maxFpr) {
        long p = positives.total();
        long n = negatives.total();
        if (p == 0 || n == 0) {
            return new Operating(Double.NaN, Double.NaN, Double.NaN);
        }
        double threshold = Double.POSITIVE_INFINITY;
        long fp = 0;
        long chosenFp = 0;
        for (double score : thresholds(positives, negatives).descendingSet()) {
            fp += negatives.count(score);
            if ((double) fp / n > maxFpr) {
                break;
            }
            threshold = score;
            chosenFp = fp;
        }
        long tp = Double.isInfinite(threshold) ? 0 : positives.atLeast(threshold);
        return new Operating((double) tp / p, threshold, (double) chosenFp / n);
    }

    /** Recall and false-positive rate at a fixed threshold (alert when score ≥ threshold). */
    public static Operating atThreshold(ScoreHistogram positives, ScoreHistogram negatives, double threshold) {
        long p = positives.total();
        long n = negatives.total();
        return new Operating(p == 0 ? Double.NaN : (double) positives.atLeast(threshold) / p, threshold,
                n == 0 ? Double.NaN : (double) negatives.atLeast(threshold) / n);
    }

    private static NavigableSet<Double> thresholds(ScoreHistogram a, ScoreHistogram b) {
        TreeSet<Double> all = new TreeSet<>(a.counts().keySet());
        all.addAll(b.counts().keySet());
        return all;
    }
}
