package io.runtimeaccess.governance.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionRankerTest {

    /** 30 users in two clear clusters ({a,b,c} and {x,y,z}), plus one user holding {a,b} and one holding {x,y}. */
    static AssignmentMatrix clusters() {
        List<String[]> pairs = new ArrayList<>();
        for (int u = 0; u < 15; u++) {
            for (String p : new String[] {"a", "b", "c"}) {
                pairs.add(new String[] {"f" + u, p});
            }
            for (String p : new String[] {"x", "y", "z"}) {
                pairs.add(new String[] {"s" + u, p});
            }
        }
        pairs.add(new String[] {"newF", "a"});
        pairs.add(new String[] {"newF", "b"});
        pairs.add(new String[] {"newS", "x"});
        pairs.add(new String[] {"newS", "y"});
        return AssignmentMatrix.of(pairs);
    }

    static int user(AssignmentMatrix matrix, String name) {
        for (int u = 0; u < matrix.users(); u++) {
            if (matrix.userName(u).equals(name)) {
                return u;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void proposesWhatTheUsersClusterHolds() {
        AssignmentMatrix matrix = clusters();
        PermissionRanker ranker = PermissionRanker.fit(matrix, 1);
        List<RankedPermission> forFinance = ranker.rank(user(matrix, "newF"), 3);
        assertEquals("c", matrix.permissionName(forFinance.get(0).permission()));
        List<RankedPermission> forSales = ranker.rank(user(matrix, "newS"), 3);
        assertEquals("z", matrix.permissionName(forSales.get(0).permission()));
        assertEquals(15, forSales.get(0).peerHolders());
    }

    @Test
    void neverProposesWhatIsHeldOrNotRecommendable() {
        AssignmentMatrix matrix = clusters();
        boolean[] recommendable = new boolean[matrix.permissions()];
        java.util.Arrays.fill(recommendable, true);
        int c = java.util.stream.IntStream.range(0, matrix.permissions())
                .filter(p -> matrix.permissionName(p).equals("c")).findFirst().orElseThrow();
        recommendable[c] = false;
        PermissionRanker ranker = PermissionRanker.fit(matrix, recommendable, 1);
        int newF = user(matrix, "newF");
        List<RankedPermission> ranking = ranker.rank(newF, 10);
        assertFalse(ranking.isEmpty(), "the others are still ranked");
        for (RankedPermission ranked : ranking) {
            assertTrue(ranked.permission() != c, "not recommendable");
            assertTrue(java.util.Arrays.binarySearch(matrix.permissionsOf(newF), ranked.permission()) < 0, "held");
        }
    }

    @Test
    void confidenceIsWithinRangeAndNeverRisesDownTheList() {
        AssignmentMatrix matrix = clusters();
        PermissionRanker ranker = PermissionRanker.fit(matrix, 1);
        for (int u = 0; u < matrix.users(); u++) {
            double previous = 1;
            for (RankedPermission ranked : ranker.rank(u, 5)) {
                assertTrue(ranked.confidence() >= 0 && ranked.confidence() <= 1, "in 0..1");
                assertTrue(ranked.confidence() <= previous, "non-increasing");
                previous = ranked.confidence();
            }
        }
        assertTrue(ranker.rank(user(matrix, "newF"), 1).get(0).confidence() > 0.5,
                "the obvious completion is likely: " + ranker.rank(user(matrix, "newF"), 1));
    }

    @Test
    void sameMatrixAndSeedGiveTheSameRanking() {
        AssignmentMatrix matrix = clusters();
        PermissionRanker first = PermissionRanker.fit(matrix, 7);
        PermissionRanker second = PermissionRanker.fit(matrix, 7);
        assertEquals(first.blend(), second.blend());
        for (int u = 0; u < matrix.users(); u++) {
            assertEquals(first.rank(u, 5), second.rank(u, 5));
        }
    }

    @Test
    void rankOfAgreesWithTheList() {
        AssignmentMatrix matrix = clusters();
        PermissionRanker ranker = PermissionRanker.fit(matrix, 1);
        int newF = user(matrix, "newF");
        List<RankedPermission> top = ranker.rank(newF, 5);
        for (int i = 0; i < top.size(); i++) {
            assertEquals(i + 1, ranker.rankOf(matrix.permissionsOf(newF), newF, top.get(i).permission()));
        }
        int a = matrix.permissionsOf(newF)[0];
        assertEquals(0, ranker.rankOf(matrix.permissionsOf(newF), newF, a), "held: not scored");
    }

    @Test
    void calibrationIsMonotoneAndWithinRange() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int n = 2000;
        double[] scores = new double[n];
        boolean[] hits = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            hits[i] = random.nextDouble() < scores[i];
        }
        Calibration calibration = Calibration.fit(scores, hits, n);
        double previous = -1;
        for (double s = -0.5; s <= 1.5; s += 0.01) {
            double p = calibration.probability(s);
            assertTrue(p >= previous && p >= 0 && p <= 1, "monotone at " + s);
            previous = p;
        }
        assertEquals(0.9, calibration.probability(0.9), 0.1);
        assertEquals(0.1, calibration.probability(0.1), 0.1);
        assertFalse(calibration.blocks() > n / 4, "pooled into blocks");
    }

    @Test
    void aSmallLuckyBlockIsShrunkTowardsTheOverallRate() {
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.9};
        boolean[] hits = {false, false, false, false, true};
        Calibration calibration = Calibration.fit(scores, hits, 5);
        assertTrue(calibration.probability(0.9) < 0.5, "one hit is no certainty: " + calibration.probability(0.9));
    }

    @Test
    void nothingHiddenBeforeLeavesTheFittedRatesAlone() {
        for (double factor : RankCalibration.factors(new double[] {0.5, 0.3, 0.1, 0.05, 0.02, 0.01}, 0)) {
            assertEquals(1.0, factor);
        }
    }

    @Test
    void twoMissingPermissionsSharingTheTopAreCorrectedForTheOneSeen() {
        // the seen one is first half the time and second the other half: the other one is then first
        double[] factors = RankCalibration.factors(new double[] {0.5, 0.5, 0, 0, 0, 0}, 1);
        assertEquals(2.0, factors[0], 1e-9, "the first place is right every time once the seen one is held");
        assertEquals(0.0, factors[1], 1e-9, "and the second place never");
    }
}
