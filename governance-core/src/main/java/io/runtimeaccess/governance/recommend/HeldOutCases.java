package io.runtimeaccess.governance.recommend;

import java.util.Arrays;

/**
 * Leave-one-out cases drawn from the training matrix itself: for each case, the features of the candidates worth
 * ranking and which of them was the hidden permission. Only the candidates that lead on some feature or on the
 * uniform blend are kept, which is where any blend's top five comes from.
 */
final class HeldOutCases {

    static final int KEEP_PER_FEATURE = 12;
    static final int KEEP_UNIFORM = 30;

    private double[] values = new double[1 << 12];
    private int[] caseStart = new int[256];
    private int[] hiddenAt = new int[256];
    private int cases;
    private int rows;

    int cases() {
        return cases;
    }

    int candidates(int c) {
        return caseStart[c + 1] - caseStart[c];
    }

    /** Offset of the case's first candidate's features in {@link #values()}. */
    int offset(int c) {
        return caseStart[c] * Feature.COUNT;
    }

    /** The hidden permission's index among the case's candidates, or -1 if it was not scored at all. */
    int hidden(int c) {
        return hiddenAt[c];
    }

    double[] values() {
        return values;
    }

    /** Records the case the scorer has just scored, whose hidden permission was {@code hidden}. */
    void add(PeerScorer scorer, int candidateCount, int hidden, double[] scratch) {
        ensureCases();
        caseStart[cases] = rows;
        hiddenAt[cases] = -1;
        double[] thresholds = thresholds(scorer, candidateCount, scratch);
        Blend uniform = Blend.uniform();
        double[] row = new double[Feature.COUNT];
        for (int i = 0; i < candidateCount; i++) {
            int p = scorer.candidate(i);
            boolean keep = p == hidden;
            for (Feature feature : Feature.values()) {
                row[feature.ordinal()] = scorer.feature(feature, p);
                keep |= row[feature.ordinal()] > 0 && row[feature.ordinal()] >= thresholds[feature.ordinal()];
            }
            keep |= uniform.score(row, 0) >= thresholds[Feature.COUNT];
            if (keep) {
                if (p == hidden) {
                    hiddenAt[cases] = rows - caseStart[cases];
                }
                append(row);
            }
        }
        cases++;
        caseStart[cases] = rows;
    }

    private double[] thresholds(PeerScorer scorer, int candidateCount, double[] scratch) {
        double[] thresholds = new double[Feature.COUNT + 1];
        double[] row = new double[Feature.COUNT];
        for (Feature feature : Feature.values()) {
            for (int i = 0; i < candidateCount; i++) {
                scratch[i] = scorer.feature(feature, scorer.candidate(i));
            }
            thresholds[feature.ordinal()] = nthLargest(scratch, candidateCount, KEEP_PER_FEATURE);
        }
        Blend uniform = Blend.uniform();
        for (int i = 0; i < candidateCount; i++) {
            int p = scorer.candidate(i);
            for (Feature feature : Feature.values()) {
                row[feature.ordinal()] = scorer.feature(feature, p);
            }
            scratch[i] = uniform.score(row, 0);
        }
        thresholds[Feature.COUNT] = nthLargest(scratch, candidateCount, KEEP_UNIFORM);
        return thresholds;
    }

    private static double nthLargest(double[] values, int count, int n) {
        if (count <= n) {
            return Double.NEGATIVE_INFINITY;
        }
        Arrays.sort(values, 0, count);
        return values[count - n];
    }

    private void append(double[] row) {
        if ((rows + 1) * Feature.COUNT > values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        System.arraycopy(row, 0, values, rows * Feature.COUNT, Feature.COUNT);
        rows++;
    }

    private void ensureCases() {
        if (cases + 2 > caseStart.length) {
            caseStart = Arrays.copyOf(caseStart, caseStart.length * 2);
            hiddenAt = Arrays.copyOf(hiddenAt, hiddenAt.length * 2);
        }
    }
}
