package io.runtimeaccess.governance.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssignmentMatrixTest {

    @Test
    void holdersAreTheTransposeInUserOrder() {
        AssignmentMatrix matrix = new AssignmentMatrix(new String[] {"a", "b", "c"}, new String[] {"x", "y", "z"},
                new int[][] {{1, 0}, {}, {0}});
        int[][] holders = matrix.holders();
        assertEquals(3, holders.length);
        assertArrayEquals(new int[] {0, 2}, holders[0]);
        assertArrayEquals(new int[] {0}, holders[1]);
        assertArrayEquals(new int[] {}, holders[2], "a permission nobody holds");
    }
}
