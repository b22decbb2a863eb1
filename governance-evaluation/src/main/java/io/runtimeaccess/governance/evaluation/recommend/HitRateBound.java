package io.runtimeaccess.governance.evaluation.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a leave-one-out split any peer-based ranker can recover, so that a hit rate can be read against
 * what the split allows rather than against 1.
 *
 * <p>A ranker that scores a permission from its holders in the training matrix (ours and the three baselines)
 * cannot recommend a hidden permission nobody else holds: nothing in the matrix points at it. And it gives the
 * same score to permissions whose training holders are the same users, so the hidden permission ties with each of
 * them. With k such twins in an order the ranker cannot tell apart, it lands in the first five with probability at
 * most min(1, 5 / (k + 1)). The bound is the mean of that over the evaluated users, 0 for those whose permission
 * nobody else holds; a ranker that breaks ties by id may beat it on one split by luck, not on average.
 */
final class HitRateBound {

    /** Share of the evaluated users whose hidden permission some other user holds in the training matrix. */
    final double heldByOthers;
    /**
     * Share whose hidden permission some other user holds together with one of the user's remaining permissions:
     * the others can be reached only by popularity. Not a bound, a description of the split.
     */
    final double coHeld;
    /** Upper bound on the expected HitRate@{@link RecommendCommand#TOP} of a peer-based ranker on this split. */
    final double hitRate;

    private HitRateBound(double heldByOthers, double coHeld, double hitRate) {
        this.heldByOthers = heldByOthers;
        this.coHeld = coHeld;
        this.hitRate = hitRate;
    }

    /** {@code hidden[u]} is the permission hidden from user u, or -1 for a user not evaluated. */
    static HitRateBound of(AssignmentMatrix train, int[] hidden) {
        // sorted, so equal columns give equal arrays
        int[][] holders = train.holders();
        Map<List<Integer>, Integer> permissionsPerColumn = new HashMap<>();
        for (int[] column : holders) {
            permissionsPerColumn.merge(key(column), 1, Integer::sum);
        }
        int users = 0;
        int reachable = 0;
        int coHeld = 0;
        double bound = 0;
        for (int u = 0; u < hidden.length; u++) {
            if (hidden[u] < 0) {
                continue;
            }
            users++;
            int[] column = holders[hidden[u]];
            if (column.length > 0) {
                reachable++;
                coHeld += heldWithAnyOf(train, column, train.permissionsOf(u)) ? 1 : 0;
                int twins = permissionsPerColumn.get(key(column)) - 1;
                bound += Math.min(1.0, RecommendCommand.TOP / (twins + 1.0));
            }
        }
        return users == 0 ? new HitRateBound(0, 0, 0)
                : new HitRateBound(reachable / (double) users, coHeld / (double) users, bound / users);
    }

    private static boolean heldWithAnyOf(AssignmentMatrix train, int[] holders, int[] held) {
        for (int v : holders) {
            int[] row = train.permissionsOf(v);
            for (int i = 0, j = 0; i < row.length && j < held.length; ) {
                if (row[i] == held[j]) {
                    return true;
                }
                if (row[i] < held[j]) {
                    i++;
                } else {
                    j++;
                }
            }
        }
        return false;
    }

    private static List<Integer> key(int[] column) {
        return Arrays.stream(column).boxed().toList();
    }
}
