package io.runtimeaccess.governance.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomWalkTest {

    private static AssignmentMatrix matrix(String... userPermission) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : userPermission) {
            pairs.add(pair.split(" "));
        }
        return AssignmentMatrix.of(pairs);
    }

    private static int permission(AssignmentMatrix matrix, String name) {
        for (int p = 0; p < matrix.permissions(); p++) {
            if (matrix.permissionName(p).equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name);
    }

    /** The walk's two scores of {@code names} for someone outside the matrix holding {@code held}. */
    private static double[][] walk(AssignmentMatrix matrix, String[] held, String... names) {
        RandomWalk walk = new RandomWalk(new PeerIndex(matrix));
        int[] heldIds = java.util.Arrays.stream(held).mapToInt(name -> permission(matrix, name)).sorted().toArray();
        int[] candidates = java.util.Arrays.stream(names).mapToInt(name -> permission(matrix, name)).toArray();
        double[] flat = new double[matrix.permissions()];
        double[] penalised = new double[matrix.permissions()];
        walk.score(heldIds, candidates, candidates.length, flat, penalised);
        double[][] scores = new double[2][names.length];
        for (int i = 0; i < names.length; i++) {
            scores[0][i] = flat[candidates[i]];
            scores[1][i] = penalised[candidates[i]];
        }
        return scores;
    }

    @Test
    void thePenaltyTurnsTheOrderTowardsTheRarerPermission() {
        // from a: u0, u1, u2 with 1/3 each, then one of their two permissions with 1/2:
        // x is reached with 1/6 + 1/6 = 1/3, y with 1/6. x has 5 holders, y one.
        AssignmentMatrix matrix = matrix("u0 a", "u0 x", "u1 a", "u1 x", "u2 a", "u2 y", "u3 x", "u4 x", "u5 x");
        double[][] scores = walk(matrix, new String[] {"a"}, "x", "y");
        // plain walk: x first, y reached half as often
        assertEquals(1.0, scores[0][0], 1e-12);
        assertEquals(0.5, scores[0][1], 1e-12);
        // β = 0.5: x gets (1/3) / √5 = 0.149, y gets (1/6) / 1 = 0.167, so y is first and x is 2/√5 of it
        assertEquals(1.0, scores[1][1], 1e-12);
        assertEquals(2 / Math.sqrt(5), scores[1][0], 1e-12);
    }

    @Test
    void aHolderOfFewPermissionsPassesMoreToEach() {
        // p and q are each held with a once (the same co-occurrence count), but u0 holds two permissions and u1
        // four: p is reached with 1/2 · 1/2 = 1/4, q with 1/2 · 1/4 = 1/8; all hold one user, so β changes nothing
        AssignmentMatrix matrix = matrix("u0 a", "u0 p", "u1 a", "u1 q", "u1 r", "u1 s");
        double[][] scores = walk(matrix, new String[] {"a"}, "p", "q", "r");
        assertEquals(1.0, scores[0][0], 1e-12);
        assertEquals(0.5, scores[0][1], 1e-12);
        assertEquals(0.5, scores[0][2], 1e-12);
        assertEquals(0.5, scores[1][1], 1e-12);
    }

    @Test
    void aRareHeldPermissionPassesItsWholeWeightToFewHolders() {
        // held {a, b}: a's only holder u0 leads to p with 1/1 · 1/2; b's four holders lead to q with 1/4 · 1/2 each
        // from u1, so q gets 1/8 while p gets 1/2
        AssignmentMatrix matrix = matrix("u0 a", "u0 p", "u1 b", "u1 q", "u2 b", "u2 z", "u3 b", "u3 z", "u4 b", "u4 z");
        double[][] scores = walk(matrix, new String[] {"a", "b"}, "p", "q", "z");
        assertEquals(1.0, scores[0][0], 1e-12);
        assertEquals(0.25, scores[0][1], 1e-12);
        assertEquals(0.75, scores[0][2], 1e-12);
    }

    @Test
    void scoresMatchTheWalkComputedFromTheMatrixAndStayWithinRange() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 20; round++) {
            List<String[]> pairs = new ArrayList<>();
            for (int u = 0; u < 30; u++) {
                for (int p = 0; p < 15; p++) {
                    if (random.nextDouble() < 0.2) {
                        pairs.add(new String[] {"u" + u, "p" + p});
                    }
                }
            }
            AssignmentMatrix matrix = AssignmentMatrix.of(pairs);
            PeerIndex index = new PeerIndex(matrix);
            RandomWalk walk = new RandomWalk(index);
            double[] flat = new double[matrix.permissions()];
            double[] penalised = new double[matrix.permissions()];
            for (int u = 0; u < matrix.users(); u++) {
                int[] held = matrix.permissionsOf(u);
                int[] lacking = java.util.stream.IntStream.range(0, matrix.permissions())
                        .filter(p -> java.util.Arrays.binarySearch(held, p) < 0).toArray();
                walk.score(held, lacking, lacking.length, flat, penalised);
                double[] expected = bruteForce(matrix, index, held);
                double best = java.util.Arrays.stream(lacking).mapToDouble(p -> expected[p]).max().orElse(0);
                for (int p : lacking) {
                    assertEquals(best > 0 ? expected[p] / best : 0, flat[p], 1e-9, "round " + round + ", user " + u);
                    assertTrue(penalised[p] >= 0 && penalised[p] <= 1 + 1e-12, "within 0..1");
                }
            }
        }
    }

    /** Every path held q → user v holding q → permission p of v, weighted 1/holders(q) · 1/|row(v)|. */
    private static double[] bruteForce(AssignmentMatrix matrix, PeerIndex index, int[] held) {
        double[] reach = new double[matrix.permissions()];
        for (int q : held) {
            for (int v = 0; v < matrix.users(); v++) {
                int[] row = matrix.permissionsOf(v);
                if (java.util.Arrays.binarySearch(row, q) >= 0) {
                    for (int p : row) {
                        reach[p] += 1.0 / index.holderCount(q) / row.length;
                    }
                }
            }
        }
        return reach;
    }
}
