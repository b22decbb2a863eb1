package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;

/** The minimum exact cover of a tiny matrix (at most 8 permissions), by trying every set of maximal roles. */
final class BruteForce {

    private BruteForce() {
    }

    static int minimumRoles(AssignmentMatrix matrix) {
        int users = matrix.users();
        int permissions = matrix.permissions();
        long all = 0;
        int[] rowMask = new int[users];
        for (int u = 0; u < users; u++) {
            for (int p : matrix.permissionsOf(u)) {
                rowMask[u] |= 1 << p;
                all |= 1L << (u * permissions + p);
            }
        }
        // A minimum cover can use maximal roles only: a permission set with every user holding it.
        List<Long> roles = new ArrayList<>();
        for (int set = 1; set < 1 << permissions; set++) {
            long edges = 0;
            for (int u = 0; u < users; u++) {
                if ((rowMask[u] & set) == set) {
                    edges |= ((long) set) << (u * permissions);
                }
            }
            if (edges != 0 && !roles.contains(edges)) {
                roles.add(edges);
            }
        }
        for (int k = 0; ; k++) {
            if (covers(roles, k, 0L, all)) {
                return k;
            }
        }
    }

    /** Some role must cover the lowest uncovered assignment: only those are tried for it. */
    private static boolean covers(List<Long> roles, int left, long covered, long all) {
        if (covered == all) {
            return true;
        }
        if (left == 0) {
            return false;
        }
        long lowest = Long.lowestOneBit(all & ~covered);
        for (long role : roles) {
            if ((role & lowest) != 0 && covers(roles, left - 1, covered | role, all)) {
                return true;
            }
        }
        return false;
    }
}
