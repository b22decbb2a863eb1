package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.PropertyTest;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One solution's Active Policy compiled for checks: role bits, permission masks and who holds what. */
final class SolutionPolicy {

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int GROUP = 4;

    final String solutionId;
    /** This policy's place in the index's solutions: how a user's row names it. */
    final int number;
    final String[] roleNames;
    final Map<String, Integer> roleBits;
    final Map<String, CompiledResource> resources;
    /** Indexed like {@link AccessIndex}'s groups; {@code null} where a group holds nothing here. */
    final RoleGrants[] groupGrants;
    /**
     * The users with a grant on the solution, sorted, once a search asked ({@link IndexSearch#usersWithGrants}): the
     * walk of every user row is made once per index, not per search page. A policy belongs to one index's rows.
     */
    volatile List<String> usersWithGrants;
    /**
     * Per group, {@value #GROUP} longs side by side: the never-expiring roles, the union of the timed grants' roles,
     * the roles exercised here since the last drain (the "used since" marks), and the earliest expiry of the timed
     * grants. A check reads one 32-byte slot per group, marks use in that same slot, and before the earliest expiry
     * (the usual case) needs nothing else. Users' marks live in {@link UserRows}. Group g's slot is the g + 1st: the
     * first is empty and stays so, for a missing group ({@link UserRows#NONE}), so reading it needs no branch.
     */
    private final long[] groupSlots;
    /** Per group with timed grants, where they are in {@link #groupTimed}; read only past the earliest expiry. */
    private final int[] groupTimedAt;
    /** The timed grants of every group here, flat ({@link TimedGrants}). */
    private final long[] groupTimed;

    SolutionPolicy(String solutionId, int number, String[] roleNames, Map<String, Integer> roleBits,
            Map<String, CompiledResource> resources, RoleGrants[] groupGrants) {
        this.solutionId = solutionId;
        this.number = number;
        this.roleNames = roleNames;
        this.roleBits = roleBits;
        this.resources = resources;
        this.groupGrants = groupGrants;
        this.groupSlots = new long[GROUP * (groupGrants.length + 1)];
        this.groupTimedAt = new int[groupGrants.length];
        int size = 0;
        for (RoleGrants grants : groupGrants) {
            size += grants != null && grants.hasTimed() ? TimedGrants.size(grants) : 0;
        }
        this.groupTimed = new long[size];
        int at = 0;
        for (int group = 0; group < groupGrants.length; group++) {
            if (groupGrants[group] != null) {
                at = fillGroup(group, groupGrants[group], at);
            }
        }
    }

    private int fillGroup(int group, RoleGrants grants, int at) {
        groupSlots[slot(group)] = grants.permanent;
        long earliest = RoleGrants.NEVER;
        for (int i = 0; i < grants.timedCount(); i++) {
            groupSlots[slot(group) + 1] |= grants.timedMask(i);
            earliest = Math.min(earliest, grants.timedExpiry(i));
        }
        groupSlots[slot(group) + 3] = earliest;
        if (!grants.hasTimed()) {
            return at;
        }
        groupTimedAt[group] = at;
        return TimedGrants.write(groupTimed, at, grants);
    }

    /** The names of the roles in {@code mask}, in the Active Policy's order. */
    List<String> names(long mask) {
        List<String> names = new ArrayList<>(Long.bitCount(mask));
        for (int bit = 0; bit < roleNames.length; bit++) {
            if ((mask & (1L << bit)) != 0L) {
                names.add(roleNames[bit]);
            }
        }
        return names;
    }

    /** The group's roles here at {@code nowMillis}. */
    long groupRolesAt(int group, long nowMillis) {
        long timed = groupSlots[slot(group) + 1];
        long roles = groupSlots[slot(group)];
        if (timed == 0L || nowMillis < groupSlots[slot(group) + 3]) {
            return roles | timed;
        }
        return roles | TimedGrants.activeAt(groupTimed, groupTimedAt[group], nowMillis);
    }

    private static int slot(int group) {
        return GROUP * (group + 1);
    }

    /**
     * Those of {@code roles} not marked used for {@code group} since the last drain, read without a branch: for a
     * missing group ({@link UserRows#NONE}, with {@code roles} 0) it reads the empty slot.
     */
    long unmarkedGroupRoles(int group, long roles) {
        return roles & ~(long) LONGS.getOpaque(groupSlots, slot(group) + 2);
    }

    /** Marks {@code roles} of {@code group} used: one opaque read once marked, as {@link UserRows#markUsed}. */
    void markGroupUsed(int group, long roles) {
        if (roles != 0L && (groupUsedRoles(group, false) & roles) != roles) {
            setGroupMarks(group, roles);
        }
    }

    /** The first use since a drain, out of {@link #markGroupUsed}'s steady-state read as {@link UserRows}' is. */
    private void setGroupMarks(int group, long roles) {
        LONGS.getAndBitwiseOr(groupSlots, slot(group) + 2, roles);
    }

    /** As {@link UserRows#usedRoles}: a drain swaps only marks that are set. */
    long groupUsedRoles(int group, boolean drain) {
        int used = slot(group) + 2;
        long marks = (long) LONGS.getOpaque(groupSlots, used);
        return drain && marks != 0L ? (long) LONGS.getAndSet(groupSlots, used, 0L) : marks;
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
