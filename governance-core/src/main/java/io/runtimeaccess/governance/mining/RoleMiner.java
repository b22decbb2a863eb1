package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.List;

/** Role mining: few roles that cover the assignments exactly. */
public final class RoleMiner {

    private RoleMiner() {
    }

    /** An exact cover of {@code matrix} with as few roles as it can find. */
    public static MiningResult mine(AssignmentMatrix matrix) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the role-mining work");
    }

    /** Templates per solution over the users' direct grants, largest {@code grantsReplaced} first. */
    public static List<RoleTemplate> suggest(AccessSnapshot snapshot) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the role-mining work");
    }
}
