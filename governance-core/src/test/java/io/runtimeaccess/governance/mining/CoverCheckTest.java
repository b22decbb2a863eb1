package io.runtimeaccess.governance.mining;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverCheckTest {

    private final AssignmentMatrix matrix = RoleMinerTest.matrix(3, new int[][] {{0, 1}, {1, 2}});

    @Test
    void rolesGrantingExactlyTheAssignmentsAreExact() {
        assertTrue(CoverCheck.isExact(matrix, List.of(new int[] {0, 1}, new int[] {1, 2}),
                List.of(new int[] {0}, new int[] {1})));
    }

    @Test
    void overlappingRolesAreStillExact() {
        assertTrue(CoverCheck.isExact(matrix, List.of(new int[] {0, 1}, new int[] {1}, new int[] {2}),
                List.of(new int[] {0}, new int[] {0, 1}, new int[] {1})));
    }

    @Test
    void aMissingAssignmentIsNotExact() {
        assertFalse(CoverCheck.isExact(matrix, List.of(new int[] {0, 1}, new int[] {2}),
                List.of(new int[] {0}, new int[] {1})));
    }

    @Test
    void grantingMoreThanTheMatrixIsNotExact() {
        assertFalse(CoverCheck.isExact(matrix, List.of(new int[] {0, 1, 2}, new int[] {1, 2}),
                List.of(new int[] {0}, new int[] {1})));
    }

    @Test
    void unknownIdsAndUnpairedListsAreNotExact() {
        assertFalse(CoverCheck.isExact(matrix, List.of(new int[] {0, 1}, new int[] {1, 2}),
                List.of(new int[] {0}, new int[] {5})));
        assertFalse(CoverCheck.isExact(matrix, List.of(new int[] {0, 1}), List.of()));
    }
}
