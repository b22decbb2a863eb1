package io.runtimeaccess.governance.evaluation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissProfileTest {

    @Test
    void missesAreCountedByWhereTheyWereRanked() {
        AssignmentMatrix train = TestMatrices.of(2, new int[] {0}, new int[] {0}, new int[] {0}, new int[] {0}, new int[] {0},
                new int[] {0, 1});
        int[] hidden = {1, 1, 1, 1, 1, -1};
        MissProfile profile = MissProfile.of(train, hidden, new int[] {5, 6, 11, 21, 0, 0}, List.of());
        assertEquals(1, profile.nearMisses, "rank 6");
        assertEquals(1, profile.midMisses, "rank 11");
        assertEquals(1, profile.farMisses, "rank 21");
        assertEquals(1, profile.notScored, "rank 0; the hit at 5 and the user not evaluated count nowhere");
    }

    @Test
    void aHiddenPermissionCompletesARoleWhenTheUserHoldsTheRest() {
        // u0 kept 0 and 1 of the role {0,1,2} and lost 2; u1 kept only 0 and lost 2
        AssignmentMatrix train = TestMatrices.of(4, new int[] {0, 1}, new int[] {0}, new int[] {0, 1, 2}, new int[] {3});
        List<int[]> roles = List.of(new int[] {0, 1, 2}, new int[] {3});
        int[] hidden = {2, 2, -1, -1};
        MissProfile missed = MissProfile.of(train, hidden, new int[] {7, 9, 0, 0}, roles);
        assertEquals(1, missed.missesCompletingRole, "u0 holds all of {0,1,2} but 2; u1 lacks 1 as well");
        assertEquals(0, missed.hitsCompletingRole);
        MissProfile found = MissProfile.of(train, hidden, new int[] {1, 2, 0, 0}, roles);
        assertEquals(1, found.hitsCompletingRole);
        assertEquals(0, found.missesCompletingRole);
    }

    @Test
    void aRoleOfOnePermissionPointsAtNothing() {
        // p3 is a role of its own; u0 lost it and holds everything else, which says nothing about p3
        AssignmentMatrix train = TestMatrices.of(4, new int[] {0, 1, 2}, new int[] {0, 1, 2}, new int[] {3});
        List<int[]> roles = List.of(new int[] {0, 1, 2}, new int[] {3});
        MissProfile profile = MissProfile.of(train, new int[] {3, -1, -1}, new int[] {8, 0, 0}, roles);
        assertEquals(0, profile.missesCompletingRole);
        assertEquals(1, profile.nearMisses);
    }
}
