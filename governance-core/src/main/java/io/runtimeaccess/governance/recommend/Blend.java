package io.runtimeaccess.governance.recommend;

import java.util.Arrays;

/** Non-negative weights over the {@link Feature}s, summing to 1: a candidate's raw score is the weighted sum. */
public record Blend(double[] weights) {

    /** Breaks ties between equal blends towards the more common permission, so rankings are deterministic. */
    static final double POPULARITY_TIE_BREAK = 1e-9;

    public Blend {
        if (weights.length != Feature.COUNT) {
            throw new IllegalArgumentException("one weight per feature");
        }
        weights = weights.clone();
    }

    static Blend uniform() {
        double[] weights = new double[Feature.COUNT];
        Arrays.fill(weights, 1.0 / Feature.COUNT);
        return new Blend(weights);
    }

    static Blend only(Feature feature) {
        double[] weights = new double[Feature.COUNT];
        weights[feature.ordinal()] = 1;
        return new Blend(weights);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    double weight(int feature) {
        return weights[feature];
    }

    /** The raw score of a candidate whose features are {@code values[offset .. offset + COUNT)}. */
    double score(double[] values, int offset) {
        double score = 0;
        for (int f = 0; f < Feature.COUNT; f++) {
            score += weights[f] * values[offset + f];
        }
        return score + POPULARITY_TIE_BREAK * values[offset + Feature.POPULARITY.ordinal()];
    }

    /** Weights by feature name, for reports. */
    public java.util.Map<String, Double> byFeature() {
        java.util.Map<String, Double> named = new java.util.LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            named.put(feature.name().toLowerCase(java.util.Locale.ROOT), weights[feature.ordinal()]);
        }
        return named;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Blend blend && Arrays.equals(weights, blend.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "Blend" + byFeature();
    }
}
