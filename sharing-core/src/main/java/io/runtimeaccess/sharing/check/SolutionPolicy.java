package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.ResourceKind;
import java.util.Map;

/** One solution's Active Policy compiled for checks: role bits, permission masks and who holds what. */
final class SolutionPolicy {

    final String solutionId;
    final String[] roleNames;
    final Map<String, Integer> roleBits;
    final Map<String, CompiledResource> resources;
    final Map<String, RoleGrants> userGrants;
    /** Indexed like {@link AccessIndex}'s groups; {@code null} where a group holds nothing here. */
    final RoleGrants[] groupGrants;

    SolutionPolicy(String solutionId, String[] roleNames, Map<String, Integer> roleBits,
            Map<String, CompiledResource> resources, Map<String, RoleGrants> userGrants, RoleGrants[] groupGrants) {
        this.solutionId = solutionId;
        this.roleNames = roleNames;
        this.roleBits = roleBits;
        this.resources = resources;
        this.userGrants = userGrants;
        this.groupGrants = groupGrants;
    }

    /** A swimlane or UI flow with, per action, the mask of roles holding that permission. */
    static final class CompiledResource {
        final ResourceKind kind;
        final long[] rolesByAction;

        CompiledResource(ResourceKind kind, long[] rolesByAction) {
            this.kind = kind;
            this.rolesByAction = rolesByAction;
        }

        boolean has(Action action) {
            return kind.permissions().contains(action);
        }
    }
}
