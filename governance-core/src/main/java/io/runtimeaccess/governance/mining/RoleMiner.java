package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Role mining: few roles that cover the assignments exactly. Identical users and identical permissions are merged
 * first ({@link CompactMatrix}); the cover is searched from the users' side and from the permissions' side (the
 * transposed matrix: roles are bicliques either way) and the smaller one kept ({@link CoverSearch}), then improved
 * by a local search unless the lower bound proves it minimal ({@link CoverImprovement}).
 */
public final class RoleMiner {

    private RoleMiner() {
    }

    /** An exact cover of {@code matrix} with as few roles as it can find. */
    public static MiningResult mine(AssignmentMatrix matrix) {
        return mineWithBound(matrix).result();
    }

    /** {@link #mine} with a lower bound on the roles of any exact cover, to tell when the cover is minimal. */
    public static MiningBound mineWithBound(AssignmentMatrix matrix) {
        CompactMatrix compact = CompactMatrix.of(matrix);
        long[][] rows = words(compact.rows, compact.permissions());
        long[][] cols = words(compact.cols, compact.users());
        CoverSearch.Outcome byUsers = CoverSearch.cover(rows, cols);
        CoverSearch.Outcome byPermissions = CoverSearch.cover(cols, rows);
        int lowerBound = Math.max(byUsers.lowerBound(), byPermissions.lowerBound());
        List<int[]> rolePermissions = new ArrayList<>();
        List<int[]> roleUsers = new ArrayList<>();
        if (byUsers.roles().size() <= byPermissions.roles().size()) {
            for (CoverSearch.Biclique role : CoverImprovement.improve(rows, cols, byUsers.roles(), lowerBound)) {
                rolePermissions.add(compact.originalPermissions(Bits.toBitSet(role.permissions())));
                roleUsers.add(compact.originalUsers(Bits.toBitSet(role.users())));
            }
        } else {
            // Transposed: the search's "users" are permissions and its "permissions" are users.
            for (CoverSearch.Biclique role : CoverImprovement.improve(cols, rows, byPermissions.roles(), lowerBound)) {
                rolePermissions.add(compact.originalPermissions(Bits.toBitSet(role.users())));
                roleUsers.add(compact.originalUsers(Bits.toBitSet(role.permissions())));
            }
        }
        boolean exact = CoverCheck.isExact(matrix, rolePermissions, roleUsers);
        return new MiningBound(new MiningResult(rolePermissions, roleUsers, exact), lowerBound);
    }

    /** Templates per solution over the users' direct grants, largest {@code grantsReplaced} first. */
    public static List<RoleTemplate> suggest(AccessSnapshot snapshot) {
        return TemplateSuggester.suggest(snapshot);
    }

    /** How many of the snapshot's direct grants the templates would replace. */
    public static MiningCoverage coverage(AccessSnapshot snapshot, List<RoleTemplate> templates) {
        return TemplateSuggester.coverage(snapshot, templates);
    }

    private static long[][] words(java.util.BitSet[] sets, int width) {
        long[][] words = new long[sets.length][];
        for (int i = 0; i < sets.length; i++) {
            words[i] = Bits.of(sets[i], width);
        }
        return words;
    }
}
