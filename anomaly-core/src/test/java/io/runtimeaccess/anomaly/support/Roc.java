package io.runtimeaccess.anomaly.support;

import java.util.Arrays;

/** ROC-AUC (ties count half) and recall at a false-positive rate, for scores where higher means attack. */
public final class Roc {

    private Roc() {
    }

    public static double auc(double[] positives, double[] negatives) {
        double[] neg = negatives.clone();
        Arrays.sort(neg);
        double sum = 0;
        for (double p : positives) {
            int below = lowerBound(neg, p);
            int upTo = upperBound(neg, p);
            sum += below + 0.5 * (upTo - below);
        }
        return sum / ((double) positives.length * negatives.length);
    }

    /** Share of positives scoring above the threshold that lets at most {@code fpr} of negatives through. */
    public static double recallAtFpr(double[] positives, double[] negatives, double fpr) {
        double threshold = thresholdAtFpr(negatives, fpr);
        int hits = 0;
        for (double p : positives) {
            if (p > threshold) {
                hits++;
            }
        }
        return (double) hits / positives.length;
    }

    /** The smallest score t with at most {@code fpr} of negatives strictly above t. */
    public static double thresholdAtFpr(double[] negatives, double fpr) {
        double[] neg = negatives.clone();
        Arrays.sort(neg);
        int allowed = (int) Math.floor(fpr * neg.length);
        return neg[neg.length - 1 - allowed];
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
