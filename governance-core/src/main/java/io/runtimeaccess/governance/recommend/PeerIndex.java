package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;

/**
 * The read-only structures every score is computed from, built once per matrix: who holds each permission (an
 * inverted index) and how often two permissions are held together (sparse co-occurrence rows). Building costs
 * the sum over users of (permissions held)², with one scratch array of the permission count: no per-pair object.
 */
final class PeerIndex {

    final AssignmentMatrix matrix;
    /** users holding each permission, ascending */
    final int[][] holders;
    /** for permission q, the permissions held together with it and how many users hold both */
    final int[][] coPermissions;
    final int[][] coCounts;

    PeerIndex(AssignmentMatrix matrix) {
        this.matrix = matrix;
        this.holders = matrix.holders();
        int permissions = matrix.permissions();
        this.coPermissions = new int[permissions][];
        this.coCounts = new int[permissions][];
        int[] counts = new int[permissions];
        int[] touched = new int[permissions];
        for (int q = 0; q < permissions; q++) {
            int size = 0;
            for (int user : holders[q]) {
                for (int p : matrix.permissionsOf(user)) {
                    if (p != q && counts[p]++ == 0) {
                        touched[size++] = p;
                    }
                }
            }
            java.util.Arrays.sort(touched, 0, size);
            int[] ids = new int[size];
            int[] together = new int[size];
            for (int i = 0; i < size; i++) {
                ids[i] = touched[i];
                together[i] = counts[touched[i]];
                counts[touched[i]] = 0;
            }
            coPermissions[q] = ids;
            coCounts[q] = together;
        }
    }

    int users() {
        return matrix.users();
    }

    int permissions() {
        return matrix.permissions();
    }

    int holderCount(int permission) {
        return holders[permission].length;
    }
}
