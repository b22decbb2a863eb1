package io.runtimeaccess.governance.evaluation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendCommandTest {

    /** Four clusters of 12 users, each cluster holding the same 4 permissions: any hidden one is obvious. */
    static AssignmentMatrix clusters() {
        List<String[]> pairs = new ArrayList<>();
        for (int cluster = 0; cluster < 4; cluster++) {
            for (int u = 0; u < 12; u++) {
                for (int p = 0; p < 4; p++) {
                    pairs.add(new String[] {"u" + cluster + "-" + u, "p" + cluster + "-" + p});
                }
            }
        }
        pairs.add(new String[] {"loner", "p0-0"});
        return AssignmentMatrix.of(pairs);
    }

    @Test
    void recoversEveryHiddenPermissionOfClearClusters() {
        RecommendResult result = RecommendCommand.evaluate(clusters(), 1);
        assertEquals(48, result.users, "the user with one permission is not evaluated");
        assertEquals(1.0, result.hitRate());
        assertEquals(1.0, result.baselineUserKnn);
        assertTrue(result.baselinePopularity < 0.5, "popularity cannot tell clusters apart");
    }

    @Test
    void beatsEveryBaselineOnPlantedRoles() {
        AssignmentMatrix planted = new PlantedRoles(300, 120, 20, 2, 0.02, 1).generate(7);
        RecommendResult result = RecommendCommand.evaluate(planted, 7);
        double bestBaseline = Math.max(result.baselinePopularity,
                Math.max(result.baselineItemKnn, result.baselineUserKnn));
        assertTrue(result.hitRate() >= bestBaseline, result.hitRate() + " against " + bestBaseline);
        assertTrue(result.hitRate() > result.baselinePopularity + 0.2, "roles, not popularity, explain the matrix");
    }

    @Test
    void printsOneJsonLineWithTheRequiredFigures() {
        String json = RecommendCommand.evaluate(clusters(), 2).toJson("clusters", 2);
        for (String key : List.of("hit_rate_at_5", "mrr", "users", "seconds", "ece", "precision_at_conf_0_8",
                "baseline_popularity", "baseline_item_knn", "baseline_user_knn", "misses", "rank_6_10", "not_scored",
                "misses_completing_a_mined_role")) {
            assertTrue(json.contains("\"" + key + "\":"), key);
        }
        assertTrue(!json.contains("\n") && json.startsWith("{") && json.endsWith("}"));
    }

    /**
     * Blocks of two users: a holds x and h, b holds x, h and six more. When a loses one of its two, its candidates
     * include seven permissions held by b alone, tied on every signal. Ties go to the lower number, and numbering
     * by first appearance in the file made the hit rate depend on the file's order: listing a's lines first gave
     * a's hidden permission the lowest number of its tie every time, listing b's six others first the highest.
     * The same assignments in either order must score alike.
     */
    @Test
    void tiesDoNotFavourTheHiddenPermissionThroughTheFilesOrder() {
        double aFirst = RecommendCommand.evaluate(blocks(true), 1).hitRate();
        double othersFirst = RecommendCommand.evaluate(blocks(false), 1).hitRate();
        assertTrue(Math.abs(aFirst - othersFirst) < 0.06, aFirst + " against " + othersFirst);
    }

    private static AssignmentMatrix blocks(boolean aFirst) {
        List<String[]> pairs = new ArrayList<>();
        for (int block = 0; block < 200; block++) {
            List<String[]> a = List.of(new String[] {"a" + block, "x" + block}, new String[] {"a" + block, "h" + block});
            List<String[]> b = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                b.add(new String[] {"b" + block, "t" + block + "-" + t});
            }
            b.add(new String[] {"b" + block, "x" + block});
            b.add(new String[] {"b" + block, "h" + block});
            pairs.addAll(aFirst ? a : b);
            pairs.addAll(aFirst ? b : a);
        }
        return AssignmentMatrix.of(pairs);
    }

    /** A permission nobody else holds is no recommendation, however few permissions the matrix has. */
    @Test
    void aPermissionNobodyElseHoldsIsNeverAHit() {
        RecommendResult result = RecommendCommand.evaluate(AssignmentMatrix.of(List.of(new String[] {"a", "1"},
                new String[] {"a", "2"})), 1);
        assertEquals(1, result.users);
        assertEquals(0.0, result.hitRate());
        assertEquals(0.0, result.baselinePopularity);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        RecommendResult first = RecommendCommand.evaluate(clusters(), 3);
        RecommendResult second = RecommendCommand.evaluate(clusters(), 3);
        assertEquals(first.hitRate(), second.hitRate());
        assertEquals(first.reciprocalRanks, second.reciprocalRanks);
        assertEquals(first.ece(), second.ece());
    }

    @Test
    void eceIsZeroWhenConfidenceMatchesOutcomes() {
        RecommendResult result = new RecommendResult();
        result.proposal(1.0, true);
        result.proposal(0.0, false);
        assertEquals(0.0, result.ece(), 1e-12);
        result.proposal(0.95, false);
        assertTrue(result.ece() > 0.3);
    }
}
