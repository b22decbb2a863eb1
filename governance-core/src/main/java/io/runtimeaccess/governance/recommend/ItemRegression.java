package io.runtimeaccess.governance.recommend;

/**
 * A linear item-to-item model with ridge penalty {@code lambda} and no self-weight (Steck, "Embarrassingly
 * shallow autoencoders for sparse data", WWW 2019): each permission is predicted from the others a user holds,
 * with weights B = I − P·diag(1/diag P), P = (XᵀX + λI)⁻¹. Unlike co-occurrence counts it discounts a held item
 * whose association with the candidate other held items already explain, which is what permissions granted
 * through overlapping roles look like.
 *
 * <p>The inverse is taken on the smaller side of the matrix: on permissions (n × n) when there are fewer
 * permissions than users, otherwise on users, through Woodbury's identity
 * (XᵀX + λI)⁻¹ = (I − Xᵀ(XXᵀ + λI)⁻¹X)/λ. Either costs the smaller side cubed; above {@link #MAX_SIDE} no model is
 * built ({@link #fit} returns null) and the feature stays 0.
 */
final class ItemRegression {

    static final int MAX_SIDE = 1600;
    /** Two ridges a decade apart; the blend fitted per matrix decides how much each counts. */
    static final double LIGHT = 5;
    static final double HEAVY = 50;

    private final PeerIndex index;
    private final boolean dual;
    private final int side;
    /** primal: P (permissions²); dual: (XXᵀ + λI)⁻¹ (users²); row-major */
    private final double[] inverse;
    /** primal: diag P; dual: λ·diag P = 1 − xⱼᵀ(XXᵀ + λI)⁻¹xⱼ */
    private final double[] diagonal;
    private final double[] userWeights;
    private final int[] overlap;

    /** @param dual invert on the users' side (cheaper when there are fewer users than permissions) */
    ItemRegression(PeerIndex index, double lambda, boolean dual) {
        this.index = index;
        this.dual = dual;
        this.side = dual ? index.users() : index.permissions();
        double[] gram = dual ? userGram(index, lambda) : itemGram(index, lambda);
        this.inverse = SymmetricInverse.invert(gram, side);
        this.diagonal = new double[index.permissions()];
        for (int j = 0; j < diagonal.length; j++) {
            diagonal[j] = dual ? 1 - quadratic(index.holders[j]) : inverse[j * side + j];
        }
        this.userWeights = dual ? new double[side] : null;
        this.overlap = dual ? new int[side] : null;
    }

    /** The light and heavy models for {@code index}, or none when it is too large. */
    static ItemRegression[] both(PeerIndex index) {
        ItemRegression light = fit(index, LIGHT);
        return light == null ? new ItemRegression[0] : new ItemRegression[] {light, fit(index, HEAVY)};
    }

    /** The model for {@code index}, or null when its smaller side exceeds {@link #MAX_SIDE}. */
    static ItemRegression fit(PeerIndex index, double lambda) {
        return Math.min(index.users(), index.permissions()) > MAX_SIDE || index.users() == 0 ? null
                : new ItemRegression(index, lambda, index.users() < index.permissions());
    }

    /**
     * Writes into {@code out[p]} the predicted score of each of the {@code count} candidates (the first
     * {@code count} of {@code candidates}) for someone holding {@code held}, clipped at 0 and divided by the
     * largest, so that it lies within 0..1.
     */
    void score(int[] held, int[] candidates, int count, double[] out) {
        if (dual) {
            prepareUserWeights(held);
        }
        double best = 0;
        for (int i = 0; i < count; i++) {
            int p = candidates[i];
            double value = Math.max(0, dual ? dualScore(p) : primalScore(held, p));
            out[p] = value;
            best = Math.max(best, value);
        }
        if (best > 0) {
            for (int i = 0; i < count; i++) {
                out[candidates[i]] /= best;
            }
        }
    }

    private double primalScore(int[] held, int p) {
        double sum = 0;
        for (int q : held) {
            sum += inverse[q * side + p];
        }
        return -sum / diagonal[p];
    }

    /** w = (XXᵀ + λI)⁻¹ a, where a counts, per user, the held permissions that user holds too. */
    private void prepareUserWeights(int[] held) {
        java.util.Arrays.fill(overlap, 0);
        java.util.Arrays.fill(userWeights, 0);
        for (int q : held) {
            for (int v : index.holders[q]) {
                overlap[v]++;
            }
        }
        for (int v = 0; v < side; v++) {
            if (overlap[v] != 0) {
                int row = v * side;
                for (int w = 0; w < side; w++) {
                    userWeights[w] += overlap[v] * inverse[row + w];
                }
            }
        }
    }

    private double dualScore(int p) {
        double sum = 0;
        for (int v : index.holders[p]) {
            sum += userWeights[v];
        }
        return sum / diagonal[p];
    }

    private double quadratic(int[] users) {
        double sum = 0;
        for (int a : users) {
            for (int b : users) {
                sum += inverse[a * side + b];
            }
        }
        return sum;
    }

    private static double[] itemGram(PeerIndex index, double lambda) {
        int n = index.permissions();
        double[] gram = new double[n * n];
        for (int q = 0; q < n; q++) {
            gram[q * n + q] = index.holderCount(q) + lambda;
            int[] together = index.coPermissions[q];
            int[] counts = index.coCounts[q];
            for (int j = 0; j < together.length; j++) {
                gram[q * n + together[j]] = counts[j];
            }
        }
        return gram;
    }

    private static double[] userGram(PeerIndex index, double lambda) {
        int m = index.users();
        double[] gram = new double[m * m];
        for (int[] users : index.holders) {
            for (int a : users) {
                for (int b : users) {
                    gram[a * m + b] += 1;
                }
            }
        }
        for (int a = 0; a < m; a++) {
            gram[a * m + a] += lambda;
        }
        return gram;
    }
}
