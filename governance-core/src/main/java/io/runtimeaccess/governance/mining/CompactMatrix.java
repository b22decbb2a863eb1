package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignment matrix with identical users merged into one row and identical permission columns merged into
 * one column. A minimum exact cover of this matrix maps back to a minimum exact cover of the original one (a
 * role holding one member of a class can hold the whole class), and it is often much smaller: real matrices
 * repeat the same access profile many times. Users without permissions are dropped.
 */
final class CompactMatrix {

    /** rows[u]: the permissions (compact column ids) of compact user u. */
    final BitSet[] rows;
    /** cols[p]: the compact users holding compact permission p. */
    final BitSet[] cols;
    private final int[][] usersOfRow;
    private final int[][] permissionsOfColumn;

    private CompactMatrix(BitSet[] rows, BitSet[] cols, int[][] usersOfRow, int[][] permissionsOfColumn) {
        this.rows = rows;
        this.cols = cols;
        this.usersOfRow = usersOfRow;
        this.permissionsOfColumn = permissionsOfColumn;
    }

    static CompactMatrix of(AssignmentMatrix matrix) {
        // Columns first: two permissions are identical when they have the same set of original users.
        BitSet[] holders = new BitSet[matrix.permissions()];
        for (int p = 0; p < holders.length; p++) {
            holders[p] = new BitSet();
        }
        for (int u = 0; u < matrix.users(); u++) {
            for (int p : matrix.permissionsOf(u)) {
                holders[p].set(u);
            }
        }
        Map<BitSet, List<Integer>> columnClasses = new LinkedHashMap<>();
        for (int p = 0; p < holders.length; p++) {
            if (!holders[p].isEmpty()) {
                columnClasses.computeIfAbsent(holders[p], k -> new ArrayList<>()).add(p);
            }
        }
        int[] columnOf = new int[matrix.permissions()];
        int[][] permissionsOfColumn = new int[columnClasses.size()][];
        int column = 0;
        for (List<Integer> members : columnClasses.values()) {
            permissionsOfColumn[column] = toArray(members);
            for (int p : members) {
                columnOf[p] = column;
            }
            column++;
        }
        // Then rows: two users are identical when they hold the same compact columns.
        Map<BitSet, List<Integer>> rowClasses = new LinkedHashMap<>();
        for (int u = 0; u < matrix.users(); u++) {
            BitSet row = new BitSet(column);
            for (int p : matrix.permissionsOf(u)) {
                row.set(columnOf[p]);
            }
            if (!row.isEmpty()) {
                rowClasses.computeIfAbsent(row, k -> new ArrayList<>()).add(u);
            }
        }
        BitSet[] rows = rowClasses.keySet().toArray(new BitSet[0]);
        int[][] usersOfRow = rowClasses.values().stream().map(CompactMatrix::toArray).toArray(int[][]::new);
        BitSet[] cols = new BitSet[column];
        for (int p = 0; p < column; p++) {
            cols[p] = new BitSet(rows.length);
        }
        for (int u = 0; u < rows.length; u++) {
            for (int p = rows[u].nextSetBit(0); p >= 0; p = rows[u].nextSetBit(p + 1)) {
                cols[p].set(u);
            }
        }
        return new CompactMatrix(rows, cols, usersOfRow, permissionsOfColumn);
    }

    int users() {
        return rows.length;
    }

    int permissions() {
        return cols.length;
    }

    boolean has(int user, int permission) {
        return rows[user].get(permission);
    }

    /** The original user ids behind a set of compact users, sorted. */
    int[] originalUsers(BitSet users) {
        return expand(users, usersOfRow);
    }

    /** The original permission ids behind a set of compact permissions, sorted. */
    int[] originalPermissions(BitSet permissions) {
        return expand(permissions, permissionsOfColumn);
    }

    private static int[] expand(BitSet compact, int[][] classes) {
        BitSet original = new BitSet();
        for (int i = compact.nextSetBit(0); i >= 0; i = compact.nextSetBit(i + 1)) {
            for (int member : classes[i]) {
                original.set(member);
            }
        }
        return original.stream().toArray();
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
