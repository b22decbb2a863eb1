package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks the permissions a user lacks, on one {@link AssignmentMatrix}: a blend of the {@link Feature}s (user-kNN,
 * the users holding the most of the user's set, item co-occurrence, completion of a held item's holders, an
 * item ridge regression and popularity), with the blend and a calibration chosen by an inner leave-one-out
 * on the matrix itself ({@link BlendFitter}). Permissions that are not {@code recommendable} (attributes used as
 * context, privileged items) count for similarity but are never proposed.
 *
 * <p>Reuses one scoring workspace: not thread-safe; use one instance per thread.
 */
public final class PermissionRanker {

    private final PeerIndex index;
    private final PeerScorer scorer;
    private final BlendFitter.Fit fit;
    private final double[] row = new double[Feature.COUNT];

    private PermissionRanker(PeerIndex index, boolean[] recommendable, BlendFitter.Fit fit) {
        this.index = index;
        this.scorer = new PeerScorer(index, recommendable, fit.similarity(), regressionsUsedBy(fit.blend(), index));
        this.fit = fit;
    }

    /** The item regressions, unless the fitted blend gives them no weight: then inverting them would be wasted. */
    private static ItemRegression[] regressionsUsedBy(Blend blend, PeerIndex index) {
        boolean used = blend.weight(Feature.REGRESSION_LIGHT.ordinal()) > 0
                || blend.weight(Feature.REGRESSION_HEAVY.ordinal()) > 0;
        return used ? ItemRegression.both(index) : new ItemRegression[0];
    }

    /** Fits on {@code matrix}; every permission is recommendable. */
    public static PermissionRanker fit(AssignmentMatrix matrix, long seed) {
        boolean[] all = new boolean[matrix.permissions()];
        java.util.Arrays.fill(all, true);
        return fit(matrix, all, seed);
    }

    /** Fits on {@code matrix}, proposing only permissions marked {@code recommendable}. */
    public static PermissionRanker fit(AssignmentMatrix matrix, boolean[] recommendable, long seed) {
        return fit(matrix, recommendable, seed, 0);
    }

    /**
     * Fits on a matrix whose rows each already lack {@code alreadyMissing} (0 or 1) permissions drawn at random, as
     * in a leave-one-out evaluation (1); the calibration then corrects for the inner leave-one-out hiding a second
     * one (see {@link RankCalibration#factors}). A realm passes 0.
     */
    public static PermissionRanker fit(AssignmentMatrix matrix, boolean[] recommendable, long seed, int alreadyMissing) {
        if (alreadyMissing != 0 && alreadyMissing != 1) {
            throw new IllegalArgumentException("alreadyMissing must be 0 or 1");
        }
        if (recommendable.length != matrix.permissions()) {
            throw new IllegalArgumentException("one recommendable flag per permission");
        }
        boolean[] flags = recommendable.clone();
        return new PermissionRanker(new PeerIndex(matrix), flags, BlendFitter.fit(matrix, flags, seed, alreadyMissing));
    }

    public AssignmentMatrix matrix() {
        return index.matrix;
    }

    /** The user similarity the inner leave-one-out chose for this matrix. */
    public Similarity similarity() {
        return fit.similarity();
    }

    public Blend blend() {
        return fit.blend();
    }

    public RankCalibration calibration() {
        return fit.calibration();
    }

    /** How many inner leave-one-out cases the blend was chosen on, and its hit rate at 5 there. */
    public int innerCases() {
        return fit.cases();
    }

    public double innerHitRate() {
        return fit.innerHitRate();
    }

    /** The best {@code limit} permissions for the matrix's user {@code user}, best first. */
    public List<RankedPermission> rank(int user, int limit) {
        return rank(index.matrix.permissionsOf(user), user, limit);
    }

    /**
     * The best {@code limit} permissions for someone holding {@code held} (sorted, distinct), best first;
     * {@code self} is their row in the matrix, left out of their peers, or -1 for someone not in it.
     */
    public List<RankedPermission> rank(int[] held, int self, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        int count = scorer.score(held, self);
        int[] top = new int[limit];
        double[] topScores = new double[top.length];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int p = scorer.candidate(i);
            double score = score(p);
            if (n == top.length && !ahead(score, p, topScores[n - 1], top[n - 1])) {
                continue;
            }
            int at = n < top.length ? n++ : n - 1;
            while (at > 0 && ahead(score, p, topScores[at - 1], top[at - 1])) {
                top[at] = top[at - 1];
                topScores[at] = topScores[at - 1];
                at--;
            }
            top[at] = p;
            topScores[at] = score;
        }
        List<RankedPermission> ranked = new ArrayList<>(n);
        double ceiling = 1;
        for (int i = 0; i < n; i++) {
            // never more confident further down the list than above it
            ceiling = Math.min(ceiling, fit.calibration().probability(i + 1, topScores[i]));
            ranked.add(evidence(top[i], topScores[i], ceiling));
        }
        return ranked;
    }

    /**
     * Where {@code permission} ranks for someone holding {@code held} (1 = first), or 0 when nothing about the
     * held set points to it (it is not scored).
     */
    public int rankOf(int[] held, int self, int permission) {
        int count = scorer.score(held, self);
        double target = Double.NaN;
        for (int i = 0; i < count && Double.isNaN(target); i++) {
            if (scorer.candidate(i) == permission) {
                target = score(permission);
            }
        }
        if (Double.isNaN(target)) {
            return 0;
        }
        int rank = 1;
        for (int i = 0; i < count; i++) {
            int p = scorer.candidate(i);
            if (p != permission && ahead(score(p), p, target, permission)) {
                rank++;
            }
        }
        return rank;
    }

    private static boolean ahead(double score, int permission, double otherScore, int otherPermission) {
        return score > otherScore || (score == otherScore && permission < otherPermission);
    }

    private double score(int permission) {
        for (Feature feature : Feature.values()) {
            row[feature.ordinal()] = scorer.feature(feature, permission);
        }
        return fit.blend().score(row, 0);
    }

    private RankedPermission evidence(int permission, double score, double confidence) {
        int antecedent = scorer.antecedent(permission);
        int antecedentHolders = antecedent < 0 ? 0 : index.holderCount(antecedent);
        int together = antecedent < 0 ? 0 : together(antecedent, permission);
        return new RankedPermission(permission, score, confidence,
                scorer.neighbourCount(), scorer.peerHolders(permission), antecedent, antecedentHolders, together,
                index.holderCount(permission));
    }

    private int together(int antecedent, int permission) {
        int at = java.util.Arrays.binarySearch(index.coPermissions[antecedent], permission);
        return at < 0 ? 0 : index.coCounts[antecedent][at];
    }

    /** The most similar users found by the last {@link #rank} call, most similar first (for outlier checks). */
    int neighbourCount() {
        return scorer.neighbourCount();
    }

    int neighbour(int i) {
        return scorer.neighbour(i);
    }

    PeerIndex index() {
        return index;
    }

    PeerScorer scorer() {
        return scorer;
    }
}
