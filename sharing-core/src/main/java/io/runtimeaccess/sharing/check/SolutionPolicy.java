package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.ResourceKind;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;

/** One solution's Active Policy compiled for checks: role bits, permission masks and who holds what. */
final class SolutionPolicy {

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

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
    /**
     * Per group, the roles exercised here since the last drain (the "used since" marks), flat beside
     * {@link #groupPermanent} so marking a group's use touches no further object. Users' marks live in their
     * {@link RoleGrants}.
     */
    private final long[] groupUsed;

    SolutionPolicy(String solutionId, String[] roleNames, Map<String, Integer> roleBits,
            Map<String, CompiledResource> resources, Map<String, RoleGrants> userGrants, RoleGrants[] groupGrants) {
        this.solutionId = solutionId;
        this.roleNames = roleNames;
        this.roleBits = roleBits;
        this.resources = resources;
        this.userGrants = userGrants;
        this.groupGrants = groupGrants;
        this.groupPermanent = new long[groupGrants.length];
        this.groupUsed = new long[groupGrants.length];
        boolean timed = false;
        for (int i = 0; i < groupGrants.length; i++) {
            if (groupGrants[i] != null) {
                groupPermanent[i] = groupGrants[i].permanent;
                timed |= groupGrants[i].hasTimed();
            }
        }
        this.groupsHaveTimedGrants = timed;
    }

    /** Marks {@code roles} of {@code group} used: one opaque read once marked, as {@link RoleGrants#markUsed}. */
    void markGroupUsed(int group, long roles) {
        if (roles != 0L && ((long) LONGS.getOpaque(groupUsed, group) & roles) != roles) {
            LONGS.getAndBitwiseOr(groupUsed, group, roles);
        }
    }

    long groupUsedRoles(int group, boolean drain) {
        return drain ? (long) LONGS.getAndSet(groupUsed, group, 0L) : (long) LONGS.getOpaque(groupUsed, group);
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
