package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.PropertyTest;
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

    /**
     * A resource with, per action id ({@link Vocabulary}), the mask of roles holding that permission, and the
     * conditions some permissions add (an empty array for most resources, so a check reads no property).
     */
    static final class CompiledResource {
        private static final CompiledCondition[] NO_CONDITIONS = new CompiledCondition[0];

        final String name;
        final int type;
        final long[] rolesByAction;
        private final boolean[] declared;
        final CompiledCondition[] conditions;

        CompiledResource(String name, int type, long[] rolesByAction, boolean[] declared,
                CompiledCondition[] conditions) {
            this.name = name;
            this.type = type;
            this.rolesByAction = rolesByAction;
            this.declared = declared;
            this.conditions = conditions.length == 0 ? NO_CONDITIONS : conditions;
        }

        /** Whether the resource has the action at all (a permission may have it with no roles). */
        boolean has(int action) {
            return action >= 0 && action < declared.length && declared[action];
        }

        /** Whether a condition of {@code action} denies it on these properties. */
        boolean deniedByCondition(int action, PropertyValues properties) {
            for (CompiledCondition condition : conditions) {
                if (condition.action == action && condition.denies(properties)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A {@link io.runtimeaccess.sharing.policy.Condition} with its action interned. */
    record CompiledCondition(int action, PropertyTest require, PropertyTest deny, PropertyTest unless) {

        boolean denies(PropertyValues properties) {
            if (require != null) {
                return !holds(require, properties);
            }
            return holds(deny, properties) && (unless == null || !holds(unless, properties));
        }

        private static boolean holds(PropertyTest test, PropertyValues properties) {
            String value = properties.value(test.scope(), test.name());
            return value != null && value.equals(test.value());
        }
    }
}
