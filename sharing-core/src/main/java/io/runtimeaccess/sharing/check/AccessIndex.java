package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organization's sharing configuration compiled for answering "may U do A on R?" in memory.
 * Immutable: a change builds a new index and swaps it in, so a check never waits on a writer and never
 * touches the database. A check is a few hash lookups and bit operations and allocates nothing.
 */
public final class AccessIndex {

    private static final int[] NO_GROUPS = new int[0];

    private final Map<String, SolutionPolicy> solutions;
    private final Map<String, int[]> groupsOfUser;
    private final String[] groupNames;
    private final int groupNamesFingerprint;

    private AccessIndex(Map<String, SolutionPolicy> solutions, Map<String, int[]> groupsOfUser, String[] groupNames,
            int groupNamesFingerprint) {
        this.solutions = solutions;
        this.groupsOfUser = groupsOfUser;
        this.groupNames = groupNames;
        this.groupNamesFingerprint = groupNamesFingerprint;
    }

    public static AccessIndex empty() {
        return new AccessIndex(Map.of(), Map.of(), new String[0], fingerprintOfGroupNames(List.of()));
    }

    /**
     * Changes when a group is created, renamed or removed (archived ones included), so the identity-provider
     * group sync knows that names it could not match before may match now.
     */
    public int groupNamesFingerprint() {
        return groupNamesFingerprint;
    }

    /** Order-independent fingerprint of a set of group names; {@link #groupNamesFingerprint()} uses it. */
    public static int fingerprintOfGroupNames(Collection<String> names) {
        int sum = 0;
        for (String name : names) {
            sum += name.hashCode() * 31 + name.length();
        }
        return sum * 31 + names.size();
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
            if (subject.designer() && action.isSwimlanePermission()) {
                return Decision.ALLOW_DESIGNER;
            }
        }
        if (recordFilters != null && recordFilters.length > 0 && !intersects(subject.businessFilters(), recordFilters)) {
            return Decision.DENY_BUSINESS_FILTER;
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

    /** Builds the compiled structures; kept apart so the index itself stays a small read-only object. */
    private static final class AccessIndexBuilder {
        private final Collection<Solution> solutions;
        private final Collection<EndUserGroup> groups;
        private final Collection<Grant> grants;
        private final Map<String, Integer> groupIndex = new HashMap<>();
        private final List<String> groupNames = new ArrayList<>();

        AccessIndexBuilder(Collection<Solution> solutions, Collection<EndUserGroup> groups, Collection<Grant> grants) {
            this.solutions = solutions;
            this.groups = groups;
            this.grants = grants;
        }

        AccessIndex build() {
            Map<String, List<Integer>> groupsOfUser = new HashMap<>();
            for (EndUserGroup group : groups) {
                if (group.archived()) {
                    continue;
                }
                int index = groupNames.size();
                groupIndex.put(group.id(), index);
                groupNames.add(group.name());
                for (String member : group.memberUserIds()) {
                    groupsOfUser.computeIfAbsent(member, m -> new ArrayList<>()).add(index);
                }
            }
            Map<String, List<Grant>> grantsBySolution = new HashMap<>();
            for (Grant grant : grants) {
                grantsBySolution.computeIfAbsent(grant.solutionId(), s -> new ArrayList<>()).add(grant);
            }
            Map<String, SolutionPolicy> compiled = new HashMap<>();
            for (Solution solution : solutions) {
                Build active = solution.activeBuild();
                if (active != null) {
                    compiled.put(solution.id(), compile(solution.id(), active,
                            grantsBySolution.getOrDefault(solution.id(), List.of())));
                }
            }
            Map<String, int[]> userGroups = new HashMap<>();
            groupsOfUser.forEach((user, list) -> userGroups.put(user, list.stream().mapToInt(Integer::intValue).toArray()));
            List<String> allGroupNames = new ArrayList<>();
            groups.forEach(group -> allGroupNames.add(group.name()));
            return new AccessIndex(compiled, userGroups, groupNames.toArray(new String[0]),
                    fingerprintOfGroupNames(allGroupNames));
        }

        private SolutionPolicy compile(String solutionId, Build build, List<Grant> solutionGrants) {
            String[] roleNames = build.roles().stream().sorted().toArray(String[]::new);
            Map<String, Integer> bits = new HashMap<>();
            for (int i = 0; i < roleNames.length; i++) {
                bits.put(roleNames[i], i);
            }
            Map<String, CompiledResource> resources = new HashMap<>();
            for (Resource resource : build.resources()) {
                long[] byAction = new long[Action.values().length];
                for (Action action : resource.kind().permissions()) {
                    for (String role : resource.rolesHolding(action)) {
                        byAction[action.ordinal()] |= 1L << bits.get(role);
                    }
                }
                resources.put(resource.name(), new CompiledResource(resource.kind(), byAction));
            }
            Map<String, RoleGrantsCollector> users = new HashMap<>();
            RoleGrantsCollector[] byGroup = new RoleGrantsCollector[groupNames.size()];
            for (Grant grant : solutionGrants) {
                Integer bit = bits.get(grant.role());
                if (bit == null) {
                    continue;
                }
                long expires = grant.expiresAt() == null ? RoleGrants.NEVER : grant.expiresAt().toEpochMilli();
                if (grant.principalType() == PrincipalType.USER) {
                    users.computeIfAbsent(grant.principalId(), u -> new RoleGrantsCollector()).add(1L << bit, expires);
                } else {
                    Integer group = groupIndex.get(grant.principalId());
                    if (group != null) {
                        if (byGroup[group] == null) {
                            byGroup[group] = new RoleGrantsCollector();
                        }
                        byGroup[group].add(1L << bit, expires);
                    }
                }
            }
            Map<String, RoleGrants> userGrants = new HashMap<>();
            users.forEach((user, collector) -> userGrants.put(user, collector.toRoleGrants()));
            RoleGrants[] groupGrants = new RoleGrants[byGroup.length];
            for (int i = 0; i < byGroup.length; i++) {
                groupGrants[i] = byGroup[i] == null ? null : byGroup[i].toRoleGrants();
            }
            return new SolutionPolicy(solutionId, roleNames, bits, resources, userGrants, groupGrants);
        }
    }

    /** Collects one principal's grants on one solution, merging those that never expire. */
    private static final class RoleGrantsCollector {
        private long permanent;
        private final List<long[]> timed = new ArrayList<>(0);

        void add(long mask, long expiresAt) {
            if (expiresAt == RoleGrants.NEVER) {
                permanent |= mask;
            } else {
                timed.add(new long[] {mask, expiresAt});
            }
        }

        RoleGrants toRoleGrants() {
            long[] masks = new long[timed.size()];
            long[] expiries = new long[timed.size()];
            for (int i = 0; i < masks.length; i++) {
                masks[i] = timed.get(i)[0];
                expiries[i] = timed.get(i)[1];
            }
            return new RoleGrants(permanent, masks, expiries);
        }
    }
}
