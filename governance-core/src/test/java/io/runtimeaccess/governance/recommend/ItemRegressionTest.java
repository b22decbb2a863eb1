package io.runtimeaccess.governance.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ItemRegressionTest {

    @Test
    void inverseTimesMatrixIsTheIdentity() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 40;
        double[] r = new double[n * n];
        for (int i = 0; i < r.length; i++) {
            r[i] = random.nextDouble() - 0.5;
        }
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = i == j ? 1 : 0;
                for (int k = 0; k < n; k++) {
                    sum += r[i * n + k] * r[j * n + k];
                }
                a[i * n + j] = sum;
            }
        }
        double[] inverse = SymmetricInverse.invert(a.clone(), n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += a[i * n + k] * inverse[k * n + j];
                }
                assertEquals(i == j ? 1 : 0, sum, 1e-9, "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SymmetricInverse.invert(new double[] {0, 1, 1, 0}, 2));
    }

    @Test
    void invertingOnUsersOrOnPermissionsGivesTheSameScores() {
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 20; round++) {
            PeerIndex index = new PeerIndex(randomMatrix(random, 5 + random.nextInt(30), 5 + random.nextInt(30)));
            double lambda = 0.5 + random.nextDouble() * 50;
            ItemRegression primal = new ItemRegression(index, lambda, false);
            ItemRegression dual = new ItemRegression(index, lambda, true);
            for (int u = 0; u < index.users(); u++) {
                int[] held = index.matrix.permissionsOf(u);
                int[] lacking = java.util.stream.IntStream.range(0, index.permissions())
                        .filter(p -> java.util.Arrays.binarySearch(held, p) < 0).toArray();
                double[] byPermissions = new double[index.permissions()];
                double[] byUsers = new double[index.permissions()];
                primal.score(held, lacking, lacking.length, byPermissions);
                dual.score(held, lacking, lacking.length, byUsers);
                for (int p : lacking) {
                    assertEquals(byPermissions[p], byUsers[p], 1e-7, "round " + round + ", user " + u + ", permission " + p);
                    assertTrue(byPermissions[p] >= 0 && byPermissions[p] <= 1 + 1e-12, "within 0..1");
                }
            }
        }
    }

    @Test
    void thePermissionAlwaysGrantedWithAHeldOneComesFirst() {
        // "report" always comes with "ledger"; "audit" and the p* only with some holders of it
        List<String[]> pairs = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            pairs.add(new String[] {"u" + u, "ledger"});
            pairs.add(new String[] {"u" + u, "report"});
            if (u % 2 == 0) {
                pairs.add(new String[] {"u" + u, "audit"});
            }
            pairs.add(new String[] {"u" + u, "p" + (u % 3)});
        }
        pairs.add(new String[] {"new", "ledger"});
        AssignmentMatrix matrix = AssignmentMatrix.of(pairs);
        PeerIndex index = new PeerIndex(matrix);
        ItemRegression regression = ItemRegression.fit(index, ItemRegression.LIGHT);
        assertNotNull(regression);
        int newUser = PermissionRankerTest.user(matrix, "new");
        int[] candidates = java.util.stream.IntStream.range(0, matrix.permissions())
                .filter(p -> !matrix.permissionName(p).equals("ledger")).toArray();
        double[] scores = new double[matrix.permissions()];
        regression.score(matrix.permissionsOf(newUser), candidates, candidates.length, scores);
        int report = permission(matrix, "report");
        assertEquals(1.0, scores[report], 1e-12, "the best candidate is scaled to 1");
        for (int p : candidates) {
            assertTrue(p == report || scores[p] < scores[report], matrix.permissionName(p) + " behind report");
        }
    }

    private static int permission(AssignmentMatrix matrix, String name) {
        return java.util.stream.IntStream.range(0, matrix.permissions())
                .filter(p -> matrix.permissionName(p).equals(name)).findFirst().orElseThrow();
    }

    private static AssignmentMatrix randomMatrix(SplittableRandom random, int users, int permissions) {
        List<String[]> pairs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int p = 0; p < permissions; p++) {
                if (random.nextDouble() < 0.3) {
                    pairs.add(new String[] {"u" + u, "p" + p});
                }
            }
            pairs.add(new String[] {"u" + u, "p" + random.nextInt(permissions)});
        }
        return AssignmentMatrix.of(pairs);
    }
}
