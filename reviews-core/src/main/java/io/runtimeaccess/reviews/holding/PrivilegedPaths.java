package io.runtimeaccess.reviews.holding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands users' direct role mappings and group memberships into the paths through which they hold privileged roles,
 * in memory: one path per user, privileged role and assignment, so a role held directly, through two groups and
 * through a composite is three paths (each revoked on its own) and a group that gives it twice (its own mapping and
 * its parent's) is one.
 */
public final class PrivilegedPaths {

    /** A user's direct role mapping or group membership: the user's id and the role's or group's id. */
    public record Assignment(String userId, String targetId) {
    }

    private PrivilegedPaths() {
    }

    public static List<PrivilegedPath> expand(RoleGraph graph, Iterable<Assignment> roleMappings,
            Iterable<Assignment> memberships) {
        Set<PrivilegedPath> paths = new LinkedHashSet<>();
        for (Assignment mapping : roleMappings) {
            String role = mapping.targetId();
            if (graph.isPrivileged(role)) {
                paths.add(new PrivilegedPath(mapping.userId(), role, PrivilegedPath.Via.DIRECT, role));
                continue;
            }
            for (String held : graph.privilegedFromRole(role)) {
                paths.add(new PrivilegedPath(mapping.userId(), held, PrivilegedPath.Via.COMPOSITE, role));
            }
        }
        for (Assignment membership : memberships) {
            for (String held : graph.privilegedFromGroup(membership.targetId())) {
                paths.add(new PrivilegedPath(membership.userId(), held, PrivilegedPath.Via.GROUP,
                        membership.targetId()));
            }
        }
        return new ArrayList<>(paths);
    }
}
