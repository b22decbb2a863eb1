package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
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
 */
public final class AccessIndex {

    private static final int[] NO_GROUPS = new int[0];
    /** Process-wide, so a version is never reused, even by another realm or after an index was forgotten. */
    private static final AtomicLong GROUP_NAMES_VERSIONS = new AtomicLong();

    private final Map<String, SolutionPolicy> solutions;
    private final Map<String, int[]> groupsOfUser;
    private final String[] groupNames;
    /** Every group's name by id, archived ones included: what the identity-provider group sync matches against. */
    private final Map<String, String> groupNameById;
    private final long groupNamesVersion;

    AccessIndex(Map<String, SolutionPolicy> solutions, Map<String, int[]> groupsOfUser, String[] groupNames,
            Map<String, String> groupNameById) {
        this(solutions, groupsOfUser, groupNames, Map.copyOf(groupNameById), GROUP_NAMES_VERSIONS.incrementAndGet());
    }

    private AccessIndex(Map<String, SolutionPolicy> solutions, Map<String, int[]> groupsOfUser, String[] groupNames,
            Map<String, String> groupNameById, long groupNamesVersion) {
        this.solutions = solutions;
        this.groupsOfUser = groupsOfUser;
        this.groupNames = groupNames;
        this.groupNameById = groupNameById;
        this.groupNamesVersion = groupNamesVersion;
    }

    public static AccessIndex empty() {
        return new AccessIndex(Map.of(), Map.of(), new String[0], Map.of());
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
        return new AccessIndex(solutions, groupsOfUser, groupNames, groupNameById, previous.groupNamesVersion);
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
        if (resource == null) {
            return roles != 0L ? Decision.ALLOW_ROLE : Decision.DENY_NO_ROLE;
        }
        long holders = resource.rolesByAction[action.ordinal()];
        if (holders == 0L) {
            return Decision.DENY_PERMISSION_HAS_NO_ROLES;
        }
        return (roles & holders) != 0L ? Decision.ALLOW_ROLE : Decision.DENY_NO_ROLE;
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
