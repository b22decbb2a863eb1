package io.runtimeaccess.governance.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RarityNeighboursTest {

    private static int permission(AssignmentMatrix matrix, String name) {
        for (int p = 0; p < matrix.permissions(); p++) {
            if (matrix.permissionName(p).equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void sharingWhatEveryoneHoldsMakesNoNeighbour() {
        // c is held by all four users (weight log 1 = 0); r, x, y once (log 4), w twice (log 2).
        // For {c, r}: v1, v3 and v4 share only c, so only v2 is a neighbour (cosine log²4 / (log 4 · √2 log 4)).
        List<String[]> pairs = new ArrayList<>();
        for (String pair : new String[] {"v1 c", "v1 x", "v2 c", "v2 r", "v2 y", "v3 c", "v3 w", "v4 c", "v4 w"}) {
            pairs.add(pair.split(" "));
        }
        AssignmentMatrix matrix = AssignmentMatrix.of(pairs);
        PeerIndex index = new PeerIndex(matrix);
        int[] held = {permission(matrix, "c"), permission(matrix, "r")};
        java.util.Arrays.sort(held);
        int x = permission(matrix, "x");
        int y = permission(matrix, "y");
        int w = permission(matrix, "w");
        int[] candidates = {x, y, w};
        double[] out = new double[matrix.permissions()];
        new RarityNeighbours(index).score(held, -1, candidates, candidates.length, out);
        assertEquals(1.0, out[y], 1e-12);
        assertEquals(0.0, out[x], 1e-12);
        assertEquals(0.0, out[w], 1e-12);
        // plain cosine counts c like r: v3 and v4 (0.5 each) outvote v2 (2 / √6 = 0.82), so w comes before y
        boolean[] all = new boolean[matrix.permissions()];
        java.util.Arrays.fill(all, true);
        PeerScorer plain = new PeerScorer(index, all, Similarity.COSINE, new ItemRegression[0]);
        plain.score(held, -1);
        assertEquals(1.0 / (1.5 + 2 / Math.sqrt(6)), plain.feature(Feature.KNN_WIDE, w), 1e-12);
        assertTrue(plain.feature(Feature.KNN_WIDE, w) > plain.feature(Feature.KNN_WIDE, y));
    }

    @Test
    void scoresMatchTheWeightedCosineComputedFromTheMatrix() {
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 20; round++) {
            List<String[]> pairs = new ArrayList<>();
            for (int u = 0; u < 30; u++) {
                for (int p = 0; p < 12; p++) {
                    if (random.nextDouble() < 0.25) {
                        pairs.add(new String[] {"u" + u, "p" + p});
                    }
                }
            }
            AssignmentMatrix matrix = AssignmentMatrix.of(pairs);
            PeerIndex index = new PeerIndex(matrix);
            RarityNeighbours neighbours = new RarityNeighbours(index);
            double[] out = new double[matrix.permissions()];
            for (int u = 0; u < matrix.users(); u++) {
                int[] held = matrix.permissionsOf(u);
                int[] lacking = java.util.stream.IntStream.range(0, matrix.permissions())
                        .filter(p -> java.util.Arrays.binarySearch(held, p) < 0).toArray();
                neighbours.score(held, u, lacking, lacking.length, out);
                double[] expected = bruteForce(matrix, u);
                for (int p : lacking) {
                    assertEquals(expected[p], out[p], 1e-9, "round " + round + ", user " + u + ", permission " + p);
                }
            }
        }
    }

    /** Fewer than 40 users: every other user with a positive weighted cosine is a neighbour. */
    private static double[] bruteForce(AssignmentMatrix matrix, int self) {
        double[] weight = new double[matrix.permissions()];
        for (int p = 0; p < weight.length; p++) {
            int holders = 0;
            for (int v = 0; v < matrix.users(); v++) {
                holders += java.util.Arrays.binarySearch(matrix.permissionsOf(v), p) >= 0 ? 1 : 0;
            }
            weight[p] = holders == 0 ? 0 : Math.log(matrix.users() / (double) holders);
        }
        double[] votes = new double[matrix.permissions()];
        double total = 0;
        int[] mine = matrix.permissionsOf(self);
        for (int v = 0; v < matrix.users(); v++) {
            if (v == self) {
                continue;
            }
            double dot = 0;
            double a = 0;
            double b = 0;
            for (int p = 0; p < weight.length; p++) {
                boolean inMine = java.util.Arrays.binarySearch(mine, p) >= 0;
                boolean inTheirs = java.util.Arrays.binarySearch(matrix.permissionsOf(v), p) >= 0;
                dot += inMine && inTheirs ? weight[p] * weight[p] : 0;
                a += inMine ? weight[p] * weight[p] : 0;
                b += inTheirs ? weight[p] * weight[p] : 0;
            }
            double similarity = dot > 0 ? dot / Math.sqrt(a * b) : 0;
            if (similarity > 0) {
                total += similarity;
                for (int p : matrix.permissionsOf(v)) {
                    votes[p] += similarity;
                }
            }
        }
        for (int p = 0; p < votes.length; p++) {
            votes[p] = total > 0 ? votes[p] / total : 0;
        }
        return votes;
    }
}
