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
    /** The never-expiring part of {@link #groupGrants}, flat, so a check reads one long per group. */
    final long[] groupPermanent;
    /** Whether any group holds a timed grant here; if not, a check never looks past {@link #groupPermanent}. */
    final boolean groupsHaveTimedGrants;

    SolutionPolicy(String solutionId, String[] roleNames, Map<String, Integer> roleBits,
            Map<String, CompiledResource> resources, Map<String, RoleGrants> userGrants, RoleGrants[] groupGrants) {
        this.solutionId = solutionId;
        this.roleNames = roleNames;
        this.roleBits = roleBits;
        this.resources = resources;
        this.userGrants = userGrants;
        this.groupGrants = groupGrants;
        this.groupPermanent = new long[groupGrants.length];
        boolean timed = false;
        for (int i = 0; i < groupGrants.length; i++) {
            if (groupGrants[i] != null) {
                groupPermanent[i] = groupGrants[i].permanent;
                timed |= groupGrants[i].hasTimed();
            }
        }
        this.groupsHaveTimedGrants = timed;
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
