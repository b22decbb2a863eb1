package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An organization's sharing configuration compiled for answering "may U do A on R?" in memory.
 * Immutable: a change builds a new index and swaps it in, so a check never waits on a writer and never
 * touches the database. A check is a few hash lookups and bit operations and allocates nothing.
 * An allowed check also marks the grants it relied on as used (an in-memory bit per role, see
 * {@link #forEachUsed}), which is all use tracking costs a check.
 */
public final class AccessIndex {

    private static final int[] NO_GROUPS = new int[0];
    /** Process-wide, so a version is never reused, even by another realm or after an index was forgotten. */
    private static final AtomicLong GROUP_NAMES_VERSIONS = new AtomicLong();

    private final Map<String, SolutionPolicy> solutions;
    private final Map<String, int[]> groupsOfUser;
    private final String[] groupNames;
    /** Ids of the groups, indexed like {@link #groupNames}. */
    private final String[] groupIds;
    /** The values of {@link #solutions}, for walks that must not allocate an iterator. */
    private final SolutionPolicy[] policies;
    private final boolean marksUse;
    /** Every group's name by id, archived ones included: what the identity-provider group sync matches against. */
    private final Map<String, String> groupNameById;
    private final long groupNamesVersion;

    AccessIndex(Map<String, SolutionPolicy> solutions, Map<String, int[]> groupsOfUser, String[] groupNames,
            String[] groupIds, Map<String, String> groupNameById) {
        this(solutions, groupsOfUser, groupNames, groupIds, Map.copyOf(groupNameById),
                GROUP_NAMES_VERSIONS.incrementAndGet(), true);
    }

    private AccessIndex(Map<String, SolutionPolicy> solutions, Map<String, int[]> groupsOfUser, String[] groupNames,
            String[] groupIds, Map<String, String> groupNameById, long groupNamesVersion, boolean marksUse) {
        this.solutions = solutions;
        this.groupsOfUser = groupsOfUser;
        this.groupNames = groupNames;
        this.groupIds = groupIds;
        this.policies = solutions.values().toArray(new SolutionPolicy[0]);
        this.groupNameById = groupNameById;
        this.groupNamesVersion = groupNamesVersion;
        this.marksUse = marksUse;
    }

    public static AccessIndex empty() {
        return new AccessIndex(Map.of(), Map.of(), new String[0], new String[0], Map.of());
    }

    /** The same index (sharing its marks) whose checks do not mark use: only to measure what marking costs. */
    public AccessIndex withoutUseMarks() {
        return new AccessIndex(solutions, groupsOfUser, groupNames, groupIds, groupNameById, groupNamesVersion, false);
    }

    /**
     * A number that changes whenever a group is created, renamed or removed (archived ones included), so the
     * identity-provider group sync knows that names it could not match before may match now. A counter, not
     * a hash of the names: two groups swapping their names change it too, and no two name sets collide.
     */
    public long groupNamesVersion() {
        return groupNamesVersion;
    }

    /**
     * This index, carrying {@code previous}'s group-names version if the groups' names by id are the same,
     * so a reload after a grant or membership change does not make every user's next check sync again.
     */
    public AccessIndex continuing(AccessIndex previous) {
        if (previous == null || !hasGroupNames(previous.groupNameById)) {
            return this;
        }
        return new AccessIndex(solutions, groupsOfUser, groupNames, groupIds, groupNameById,
                previous.groupNamesVersion, marksUse);
    }

    /** Whether the groups' names by id, archived ones included, are exactly {@code namesById}. */
    public boolean hasGroupNames(Map<String, String> namesById) {
        return groupNameById.equals(namesById);
    }

    /**
     * Compiles the configuration. Only grants of roles in a solution's Active Policy count, and only
     * groups that are not archived; everything else is left out here rather than checked per request.
     */
    public static AccessIndex build(Collection<Solution> solutions, Collection<EndUserGroup> groups,
            Collection<Grant> grants) {
        return new AccessIndexBuilder(solutions, groups, grants).build();
    }

    /** Decides whether {@code subject} may do {@code action} on {@code resourceName} of a solution. */
    public Decision check(Subject subject, String solutionId, String resourceName, Action action,
            String[] recordFilters, long nowMillis) {
        SolutionPolicy policy = solutions.get(solutionId);
        if (policy == null) {
            return Decision.DENY_UNKNOWN_SOLUTION;
        }
        CompiledResource resource = null;
        if (action != Action.USE) {
            if (resourceName == null) {
                return Decision.DENY_RESOURCE_REQUIRED;
            }
            resource = policy.resources.get(resourceName);
            if (resource == null) {
                return Decision.DENY_UNKNOWN_RESOURCE;
            }
            if (!resource.has(action)) {
                return Decision.DENY_ACTION_NOT_ON_RESOURCE;
            }
        }
        // Business filters gate records, not swimlanes, so the designer bypass does not lift them.
        if (recordFilters != null && recordFilters.length > 0 && !intersects(subject.businessFilters(), recordFilters)) {
            return Decision.DENY_BUSINESS_FILTER;
        }
        if (resource != null && subject.designer() && action.isSwimlanePermission()) {
            return Decision.ALLOW_DESIGNER;
        }
        long roles = roleMask(policy, subject.userId(), nowMillis);
        if (resource != null) {
            long holders = resource.rolesByAction[action.ordinal()];
            if (holders == 0L) {
                return Decision.DENY_PERMISSION_HAS_NO_ROLES;
            }
            roles &= holders;
        }
        if (roles == 0L) {
            return Decision.DENY_NO_ROLE;
        }
        markUsed(policy, subject.userId(), roles, nowMillis);
        return Decision.ALLOW_ROLE;
    }

    /** Marks as used every grant of the user (direct or through a group) that gives one of {@code roles}. */
    private void markUsed(SolutionPolicy policy, String userId, long roles, long nowMillis) {
        if (!marksUse) {
            return;
        }
        RoleGrants direct = policy.userGrants.get(userId);
        if (direct != null) {
            direct.markUsed(direct.activeAt(nowMillis) & roles);
        }
        int[] groups = groupsOfUser.get(userId);
        if (groups != null) {
            for (int group : groups) {
                RoleGrants held = policy.groupGrants[group];
                if (held != null) {
                    held.markUsed(held.activeAt(nowMillis) & roles);
                }
            }
        }
    }

    /**
     * Marks every grant the user holds at {@code nowMillis} on every solution as used: a token carrying the
     * user's runtime claims lets the user exercise all of them.
     */
    public void markAllUsed(String userId, long nowMillis) {
        for (SolutionPolicy policy : policies) {
            markUsed(policy, userId, -1L, nowMillis);
        }
    }

    /**
     * Reports each grant marked used since the last drain, once per principal, solution and role. With
     * {@code drain} the marks are taken, so the next use marks again; without, they are only read.
     */
    public void forEachUsed(UseMarks sink, boolean drain) {
        for (SolutionPolicy policy : policies) {
            policy.userGrants.forEach((userId, grants) ->
                    report(sink, PrincipalType.USER, userId, policy, grants.usedRoles(drain)));
            for (int group = 0; group < policy.groupGrants.length; group++) {
                if (policy.groupGrants[group] != null) {
                    report(sink, PrincipalType.GROUP, groupIds[group], policy,
                            policy.groupGrants[group].usedRoles(drain));
                }
            }
        }
    }

    private static void report(UseMarks sink, PrincipalType type, String principalId, SolutionPolicy policy,
            long roles) {
        if (roles != 0L) {
            for (String role : names(policy, roles)) {
                sink.used(type, principalId, policy.solutionId, role);
            }
        }
    }

    /** The user's effective runtime roles on a solution at {@code nowMillis}, in the Active Policy's order. */
    public List<String> effectiveRoles(String userId, String solutionId, long nowMillis) {
        SolutionPolicy policy = solutions.get(solutionId);
        if (policy == null) {
            return List.of();
        }
        return names(policy, roleMask(policy, userId, nowMillis));
    }

    /** Every role the user holds at {@code nowMillis} on every solution, and through what: directly or which group. */
    public List<AccessPath> explain(String userId, long nowMillis) {
        List<AccessPath> paths = new ArrayList<>();
        for (SolutionPolicy policy : solutions.values()) {
            addPaths(paths, policy, policy.userGrants.get(userId), null, nowMillis);
            for (int group : groupsOfUser.getOrDefault(userId, NO_GROUPS)) {
                addPaths(paths, policy, policy.groupGrants[group], groupNames[group], nowMillis);
            }
        }
        return paths;
    }

    private static void addPaths(List<AccessPath> paths, SolutionPolicy policy, RoleGrants grants, String viaGroup,
            long nowMillis) {
        if (grants == null) {
            return;
        }
        for (String role : names(policy, grants.permanent)) {
            paths.add(new AccessPath(policy.solutionId, role, viaGroup, null));
        }
        for (int i = 0; i < grants.timedCount(); i++) {
            if (nowMillis < grants.timedExpiry(i)) {
                for (String role : names(policy, grants.timedMask(i))) {
                    paths.add(new AccessPath(policy.solutionId, role, viaGroup, grants.timedExpiry(i)));
                }
            }
        }
    }

    private long roleMask(SolutionPolicy policy, String userId, long nowMillis) {
        long roles = 0L;
        RoleGrants direct = policy.userGrants.get(userId);
        if (direct != null) {
            roles = direct.activeAt(nowMillis);
        }
        int[] groups = groupsOfUser.get(userId);
        if (groups != null) {
            for (int group : groups) {
                roles |= policy.groupPermanent[group];
                if (policy.groupsHaveTimedGrants && policy.groupGrants[group] != null) {
                    roles |= policy.groupGrants[group].activeAt(nowMillis);
                }
            }
        }
        return roles;
    }

    private static List<String> names(SolutionPolicy policy, long mask) {
        List<String> names = new ArrayList<>(Long.bitCount(mask));
        for (int bit = 0; bit < policy.roleNames.length; bit++) {
            if ((mask & (1L << bit)) != 0L) {
                names.add(policy.roleNames[bit]);
            }
        }
        return names;
    }

    private static boolean intersects(String[] held, String[] wanted) {
        for (String a : held) {
            for (String b : wanted) {
                if (a.equals(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
