package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.BitSet;
import java.util.List;

/** Checks a set of roles against a matrix: an exact cover grants every assignment and nothing more. */
public final class CoverCheck {

    private CoverCheck() {
    }

    /** Whether each role's users hold all its permissions and the roles together grant every assignment. */
    public static boolean isExact(AssignmentMatrix matrix, List<int[]> rolePermissions, List<int[]> roleUsers) {
        if (rolePermissions.size() != roleUsers.size()) {
            return false;
        }
        BitSet[] granted = new BitSet[matrix.users()];
        BitSet[] held = new BitSet[matrix.users()];
        for (int u = 0; u < held.length; u++) {
            held[u] = new BitSet();
            granted[u] = new BitSet();
            for (int p : matrix.permissionsOf(u)) {
                held[u].set(p);
            }
        }
        for (int r = 0; r < rolePermissions.size(); r++) {
            for (int u : roleUsers.get(r)) {
                if (u < 0 || u >= held.length) {
                    return false;
                }
                for (int p : rolePermissions.get(r)) {
                    if (p < 0 || !held[u].get(p)) {
                        return false;
                    }
                    granted[u].set(p);
                }
            }
        }
        for (int u = 0; u < held.length; u++) {
            if (!granted[u].equals(held[u])) {
                return false;
            }
        }
        return true;
    }
}
