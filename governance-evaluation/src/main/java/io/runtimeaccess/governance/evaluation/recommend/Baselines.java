package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;

/**
 * The three simple recommenders the blend is compared with, each with fixed parameters (nothing is tuned):
 * popularity (how many users hold it), item-kNN (sum over held items of cosine item-item similarity) and
 * user-kNN (similarity-weighted votes of the {@value #USER_NEIGHBOURS} most similar users by cosine).
 * Ties go to the lower permission id.
 */
final class Baselines {

    static final int USER_NEIGHBOURS = 20;

    private final AssignmentMatrix matrix;
    private final int[] holders;
    private final int[][] together;

    Baselines(AssignmentMatrix matrix) {
        this.matrix = matrix;
        int permissions = matrix.permissions();
        this.holders = new int[permissions];
        this.together = new int[permissions][permissions];
        for (int u = 0; u < matrix.users(); u++) {
            int[] row = matrix.permissionsOf(u);
            for (int p : row) {
                holders[p]++;
                for (int q : row) {
                    together[p][q]++;
                }
            }
        }
    }

    double[] popularity(int user) {
        double[] scores = new double[matrix.permissions()];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = holders[p];
        }
        return scores;
    }

    double[] itemKnn(int user) {
        double[] scores = new double[matrix.permissions()];
        for (int q : matrix.permissionsOf(user)) {
            int[] row = together[q];
            for (int p = 0; p < scores.length; p++) {
                if (row[p] > 0) {
                    scores[p] += row[p] / Math.sqrt((double) holders[p] * holders[q]);
                }
            }
        }
        return scores;
    }

    double[] userKnn(int user) {
        int[] own = matrix.permissionsOf(user);
        boolean[] held = new boolean[matrix.permissions()];
        for (int p : own) {
            held[p] = true;
        }
        int users = matrix.users();
        double[] sims = new double[users];
        Integer[] order = new Integer[users];
        for (int v = 0; v < users; v++) {
            order[v] = v;
            int[] other = matrix.permissionsOf(v);
            if (v == user || other.length == 0 || own.length == 0) {
                continue;
            }
            int overlap = 0;
            for (int p : other) {
                overlap += held[p] ? 1 : 0;
            }
            sims[v] = overlap / Math.sqrt((double) own.length * other.length);
        }
        java.util.Arrays.sort(order, (a, b) -> sims[a] != sims[b] ? Double.compare(sims[b], sims[a]) : a - b);
        double[] scores = new double[matrix.permissions()];
        for (int i = 0; i < Math.min(USER_NEIGHBOURS, users); i++) {
            int v = order[i];
            for (int p : matrix.permissionsOf(v)) {
                scores[p] += sims[v];
            }
        }
        return scores;
    }

    /**
     * Rank (1 = first) of {@code target} among permissions the user does not hold; {@link Integer#MAX_VALUE} when the
     * baseline gives it nothing (a permission nobody else holds is no recommendation, however few the others are).
     */
    static int rankOf(double[] scores, int[] held, int target) {
        if (scores[target] <= 0) {
            return Integer.MAX_VALUE;
        }
        boolean[] skip = new boolean[scores.length];
        for (int p : held) {
            skip[p] = true;
        }
        int rank = 1;
        for (int p = 0; p < scores.length; p++) {
            if (!skip[p] && p != target && (scores[p] > scores[target] || (scores[p] == scores[target] && p < target))) {
                rank++;
            }
        }
        return rank;
    }
}
