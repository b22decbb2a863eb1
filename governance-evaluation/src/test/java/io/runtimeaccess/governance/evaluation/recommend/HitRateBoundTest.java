package io.runtimeaccess.governance.evaluation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import org.junit.jupiter.api.Test;

class HitRateBoundTest {

    @Test
    void aPermissionNobodyElseHoldsCannotBeRecovered() {
        // u0 lost p9, which only u0 held; u1 lost p1, which u2 holds alone and in no other column
        AssignmentMatrix train = TestMatrices.of(10, new int[] {0}, new int[] {0}, new int[] {0, 1});
        HitRateBound bound = HitRateBound.of(train, new int[] {9, 1, -1});
        assertEquals(0.5, bound.heldByOthers, 1e-12);
        assertEquals(0.5, bound.hitRate, 1e-12, "one user can be recovered for certain, the other never");
        assertEquals(0.5, bound.coHeld, 1e-12, "u2 holds p1 together with p0, which u1 kept");
    }

    @Test
    void twinPermissionsShareTheFirstFivePlaces() {
        // p0..p6 are all held by u1 alone: whichever of them u0 lost, it ties with six others
        int[] twins = {0, 1, 2, 3, 4, 5, 6};
        AssignmentMatrix train = TestMatrices.of(8, new int[] {7}, twins);
        HitRateBound bound = HitRateBound.of(train, new int[] {3, -1});
        assertEquals(1.0, bound.heldByOthers, 1e-12);
        assertEquals(5.0 / 7, bound.hitRate, 1e-12);
        assertEquals(0, bound.coHeld, "u1 holds nothing u0 kept");
    }

    @Test
    void permissionsHeldByDifferentUsersAreNotTwins() {
        AssignmentMatrix train = TestMatrices.of(3, new int[] {2}, new int[] {0, 1}, new int[] {1});
        HitRateBound bound = HitRateBound.of(train, new int[] {0, -1, -1});
        assertEquals(1.0, bound.hitRate, 1e-12);
    }

    @Test
    void noEvaluatedUserGivesZero() {
        HitRateBound bound = HitRateBound.of(TestMatrices.of(1, new int[] {0}), new int[] {-1});
        assertEquals(0, bound.heldByOthers);
        assertEquals(0, bound.hitRate);
    }

    @Test
    void theRecommenderStaysWithinTheBoundOfItsSplit() {
        // up to six personal permissions per user from a tail of 2,000: some are held by no one else
        AssignmentMatrix planted = new PlantedRoles(300, 2000, 60, 2, 0.05, 6).generate(7);
        RecommendResult result = RecommendCommand.evaluate(planted, 7);
        assertTrue(result.bound.heldByOthers < 1 && result.bound.hitRate <= result.bound.heldByOthers);
        assertTrue(result.hitRate() <= result.bound.hitRate, result.hitRate() + " against " + result.bound.hitRate);
        String json = result.toJson("planted", 7);
        for (String key : new String[] {"hit_rate_bound_at_5", "hidden_held_by_others", "hidden_co_held"}) {
            assertTrue(json.contains("\"" + key + "\":"), key);
        }
    }
}
