package io.runtimeaccess.governance.mining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoleMinerTest {

    @Test
    void anEmptyMatrixNeedsNoRole() {
        MiningBound mined = RoleMiner.mineWithBound(new AssignmentMatrix(new String[0], new String[0], new int[0][]));
        assertEquals(0, mined.result().roles());
        assertTrue(mined.provenMinimal());
    }

    @Test
    void overlappingProfilesShareTheirCommonRole() {
        // a: {0,1}, b: {0,1,2,3}, c: {2,3}, d: {0,1}: two roles, {0,1} and {2,3}.
        AssignmentMatrix matrix = matrix(4, new int[][] {{0, 1}, {0, 1, 2, 3}, {2, 3}, {0, 1}});
        MiningBound mined = RoleMiner.mineWithBound(matrix);
        assertEquals(2, mined.result().roles());
        assertEquals(2, mined.lowerBound());
        assertTrue(mined.provenMinimal());
        List<String> roles = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            roles.add(java.util.Arrays.toString(mined.result().rolePermissions().get(r)) + "->"
                    + java.util.Arrays.toString(mined.result().roleUsers().get(r)));
        }
        assertTrue(roles.contains("[0, 1]->[0, 1, 3]"), roles.toString());
        assertTrue(roles.contains("[2, 3]->[1, 2]"), roles.toString());
    }

    @Test
    void aSixCycleNeedsThreeRolesAndNothingIsForced() {
        // Each of three users lacks one of three permissions: no two assignments of different users and
        // permissions share a role, so the greedy search and the bound both run on the whole matrix.
        AssignmentMatrix matrix = matrix(3, new int[][] {{1, 2}, {0, 2}, {0, 1}});
        MiningBound mined = RoleMiner.mineWithBound(matrix);
        assertTrue(mined.result().exact());
        assertEquals(3, mined.result().roles());
        assertEquals(3, mined.lowerBound());
    }

    @Test
    void aCrownOfFiveIsCoveredExactlyAndTheBoundHolds() {
        int[][] rows = new int[5][];
        for (int u = 0; u < 5; u++) {
            int user = u;
            rows[u] = java.util.stream.IntStream.range(0, 5).filter(p -> p != user).toArray();
        }
        MiningBound mined = RoleMiner.mineWithBound(matrix(5, rows));
        assertTrue(mined.result().exact());
        int minimum = BruteForce.minimumRoles(matrix(5, rows));
        assertTrue(mined.lowerBound() <= minimum && minimum <= mined.result().roles(),
                mined.lowerBound() + " <= " + minimum + " <= " + mined.result().roles());
        assertTrue(mined.result().roles() <= minimum + 1, "roles " + mined.result().roles() + ", minimum " + minimum);
    }

    @Test
    void smallRandomMatricesAreCoveredExactlyWithinOneRoleOfTheMinimum() {
        Random random = new Random(7);
        int atMinimum = 0;
        for (int trial = 0; trial < 150; trial++) {
            AssignmentMatrix matrix = randomMatrix(random, 2 + random.nextInt(6), 2 + random.nextInt(5),
                    0.3 + random.nextDouble() * 0.5);
            MiningBound mined = RoleMiner.mineWithBound(matrix);
            int minimum = BruteForce.minimumRoles(matrix);
            assertTrue(mined.result().exact(), "trial " + trial);
            assertTrue(mined.lowerBound() <= minimum, "bound above the minimum in trial " + trial);
            assertTrue(mined.result().roles() <= minimum + 1, "trial " + trial);
            atMinimum += mined.result().roles() == minimum ? 1 : 0;
        }
        assertTrue(atMinimum >= 140, "at the minimum in " + atMinimum + " of 150");
    }

    @Test
    void largerRandomMatricesAreCoveredExactlyAndNeverBelowTheBound() {
        Random random = new Random(11);
        for (int trial = 0; trial < 10; trial++) {
            AssignmentMatrix matrix = randomMatrix(random, 60 + random.nextInt(60), 20 + random.nextInt(40),
                    0.1 + random.nextDouble() * 0.4);
            MiningBound mined = RoleMiner.mineWithBound(matrix);
            assertTrue(mined.result().exact(), "trial " + trial);
            assertTrue(mined.lowerBound() <= mined.result().roles(), "trial " + trial);
        }
    }

    @Test
    void theSameMatrixGivesTheSameRoles() {
        AssignmentMatrix matrix = randomMatrix(new Random(3), 80, 30, 0.25);
        MiningResult first = RoleMiner.mine(matrix);
        MiningResult second = RoleMiner.mine(matrix);
        assertEquals(first.roles(), second.roles());
        for (int r = 0; r < first.roles(); r++) {
            assertArrayEquals(first.rolePermissions().get(r), second.rolePermissions().get(r));
            assertArrayEquals(first.roleUsers().get(r), second.roleUsers().get(r));
        }
    }

    @Test
    void identicalUsersAndPermissionsEndUpInTheSameRole() {
        // Users 0-2 identical, permissions 0-1 identical: one role over the original ids.
        MiningResult mined = RoleMiner.mine(matrix(2, new int[][] {{0, 1}, {0, 1}, {0, 1}}));
        assertEquals(1, mined.roles());
        assertArrayEquals(new int[] {0, 1}, mined.rolePermissions().get(0));
        assertArrayEquals(new int[] {0, 1, 2}, mined.roleUsers().get(0));
    }

    static AssignmentMatrix matrix(int permissions, int[][] rows) {
        String[] users = new String[rows.length];
        for (int u = 0; u < users.length; u++) {
            users[u] = "u" + u;
        }
        String[] names = new String[permissions];
        for (int p = 0; p < permissions; p++) {
            names[p] = "p" + p;
        }
        return new AssignmentMatrix(users, names, rows);
    }

    static AssignmentMatrix randomMatrix(Random random, int users, int permissions, double density) {
        int[][] rows = new int[users][];
        for (int u = 0; u < users; u++) {
            rows[u] = java.util.stream.IntStream.range(0, permissions).filter(p -> random.nextDouble() < density)
                    .toArray();
        }
        return matrix(permissions, rows);
    }
}
