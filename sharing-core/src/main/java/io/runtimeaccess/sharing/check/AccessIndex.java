package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.ResourceKind;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.Collection;
import java.util.HashMap;
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

    /** For {@link #check}: the resource may be of any type. */
    public static final int ANY_TYPE = Integer.MIN_VALUE;
    private static final int USE = Action.USE.ordinal();
    private static final int SWIMLANE = ResourceKind.SWIMLANE.ordinal();
    /** By action id: on a swimlane the designer bypass covers exactly these (read without cloning values()). */
    private static final boolean[] SWIMLANE_PERMISSIONS = swimlanePermissions();
    /** Process-wide, so a version is never reused, even by another realm or after an index was forgotten. */
    private static final AtomicLong GROUP_NAMES_VERSIONS = new AtomicLong();

    final Map<String, SolutionPolicy> solutions;
    /** Each user's groups and direct grants, found by id: see {@link UserRows} for why not a map. */
    final UserRows users;
    final String[] groupNames;
    /** Ids of the groups, indexed like {@link #groupNames}. */
    final String[] groupIds;
    /** The values of {@link #solutions} by number, for walks that must not allocate an iterator. */
    final SolutionPolicy[] policies;
    private final boolean marksUse;
    /** Every group's name by id, archived ones included: what the identity-provider group sync matches against. */
    private final Map<String, String> groupNameById;
    private final long groupNamesVersion;
    final Vocabulary vocabulary;
    final ResourceLocations locations;
    private volatile AccessIndex withoutMarks;

    AccessIndex(SolutionPolicy[] policies, UserRows users, String[] groupNames, String[] groupIds,
            Map<String, String> groupNameById, Vocabulary vocabulary, ResourceLocations locations) {
        this(policies, users, groupNames, groupIds, Map.copyOf(groupNameById), GROUP_NAMES_VERSIONS.incrementAndGet(),
                true, vocabulary, locations);
    }

    private AccessIndex(SolutionPolicy[] policies, UserRows users, String[] groupNames, String[] groupIds,
            Map<String, String> groupNameById, long groupNamesVersion, boolean marksUse, Vocabulary vocabulary,
            ResourceLocations locations) {
        this.solutions = new HashMap<>();
        for (SolutionPolicy policy : policies) {
            solutions.put(policy.solutionId, policy);
        }
        this.users = users;
        this.groupNames = groupNames;
        this.groupIds = groupIds;
        this.policies = policies;
        this.groupNameById = groupNameById;
        this.groupNamesVersion = groupNamesVersion;
        this.marksUse = marksUse;
        this.vocabulary = vocabulary;
        this.locations = locations;
    }

    private static boolean[] swimlanePermissions() {
        boolean[] permissions = new boolean[Action.values().length];
        for (Action action : Action.values()) {
            permissions[action.ordinal()] = action.isSwimlanePermission();
        }
        return permissions;
    }

    public static AccessIndex empty() {
        return build(List.of(), List.of(), List.of());
    }

    /**
     * The same index (sharing its marks) whose checks do not mark use: an admin's check, a search, a benchmark of
     * what marking costs. Made once per index (a race makes two equal ones), not once per request.
     */
    public AccessIndex withoutUseMarks() {
        if (!marksUse) {
            return this;
        }
        AccessIndex unmarked = withoutMarks;
        if (unmarked == null) {
            unmarked = new AccessIndex(policies, users, groupNames, groupIds, groupNameById, groupNamesVersion, false,
                    vocabulary, locations);
            withoutMarks = unmarked;
        }
        return unmarked;
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
        return new AccessIndex(policies, users, groupNames, groupIds, groupNameById, previous.groupNamesVersion,
                marksUse, vocabulary, locations);
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

    /** Decides whether {@code subject} may do {@code action} on {@code resourceName} (of any type) of a solution. */
    public Decision check(Subject subject, String solutionId, String resourceName, Action action,
            String[] recordFilters, long nowMillis) {
        return check(subject, solutionId, ANY_TYPE, resourceName, action.ordinal(), recordFilters,
                PropertyValues.NONE, nowMillis);
    }

    /**
     * Decides whether {@code subject} may do the action {@code action} (an id of {@link #vocabulary()}) on the
     * resource of type {@code type} ({@link #ANY_TYPE} to not check it) and name {@code resourceName} of a
     * solution, with the conditions of that permission tested on {@code properties}.
     */
    public Decision check(Subject subject, String solutionId, int type, String resourceName, int action,
            String[] recordFilters, PropertyValues properties, long nowMillis) {
        SolutionPolicy policy = solutions.get(solutionId);
        if (policy == null) {
            return Decision.DENY_UNKNOWN_SOLUTION;
        }
        CompiledResource resource = null;
        // use with no resource asks about the solution itself; use on a named resource is checked like any action
        // on it (a resource has it only if its type gives it), never waved through as the solution's
        if (action != USE || resourceName != null) {
            if (resourceName == null) {
                return Decision.DENY_RESOURCE_REQUIRED;
            }
            resource = policy.resources.get(resourceName);
            if (resource == null || (type != ANY_TYPE && resource.type != type)) {
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
        // A designer runs the project without a runtime role: opens the solution (use, no resource) and views,
        // executes and self-assigns its swimlanes. UI flows and a build's own types stay with the roles.
        if (subject.designer()) {
            if (resource == null) {
                return Decision.ALLOW_DESIGNER;
            }
            if (resource.type == SWIMLANE && isSwimlanePermission(action)) {
                return resource.deniedByCondition(action, properties) ? Decision.DENY_CONDITION
                        : Decision.ALLOW_DESIGNER;
            }
        }
        int slot = users.find(subject.userId());
        if (slot == UserRows.NONE) {
            return resource != null && resource.rolesByAction[action] == 0L ? Decision.DENY_PERMISSION_HAS_NO_ROLES
                    : Decision.DENY_NO_ROLE;
        }
        // Each source's roles are kept, so marking an allowed check looks nothing up again and reads only lines
        // the check has read. The marking stays in this method: as a method of its own, compiled on its own, it
        // outgrew what the JIT inlines, and the call cost a marking check about a fifth of its throughput
        // (docs/benchmarks.md). The groups' masks are read first: their numbers are in the slot, so the processor
        // fetches them while it looks at the row, which most checks do not need at all.
        int first = users.group(slot, 0);
        int second = users.group(slot, 1);
        long viaFirst = groupRoles(policy, first, nowMillis);
        long viaSecond = groupRoles(policy, second, nowMillis);
        int entry = users.directEntry(slot, policy.number);
        long direct = entry == UserRows.NONE ? 0L : users.rolesAt(entry, nowMillis);
        long viaOthers = users.hasLaterGroups(slot) ? laterGroupRoles(policy, users.row(slot), nowMillis) : 0L;
        long roles = direct | viaFirst | viaSecond | viaOthers;
        if (resource != null) {
            long holders = resource.rolesByAction[action];
            if (holders == 0L) {
                return Decision.DENY_PERMISSION_HAS_NO_ROLES;
            }
            roles &= holders;
        }
        if (roles == 0L) {
            return Decision.DENY_NO_ROLE;
        }
        if (resource != null && resource.deniedByCondition(action, properties)) {
            return Decision.DENY_CONDITION;
        }
        if (marksUse) {
            users.markUsed(entry, direct & roles);
            long byFirst = viaFirst & roles;
            long bySecond = viaSecond & roles;
            // one branch for both groups, rarely taken between drains: one per group was often mispredicted
            if ((policy.unmarkedGroupRoles(first, byFirst) | policy.unmarkedGroupRoles(second, bySecond)) != 0L) {
                policy.markGroupUsed(first, byFirst);
                policy.markGroupUsed(second, bySecond);
            }
            if ((viaOthers & roles) != 0L) {
                UsedGrants.markGroups(users, policy, users.row(slot), 2, roles, nowMillis);
            }
        }
        return Decision.ALLOW_ROLE;
    }

    private static boolean isSwimlanePermission(int action) {
        return action < SWIMLANE_PERMISSIONS.length && SWIMLANE_PERMISSIONS[action];
    }

    /** The resource types and action names of this index's Active Policies, as the ids {@link #check} takes. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The solutions whose Active Policy has a resource of this type (an id of {@link #vocabulary()}) and name,
     * sorted: how a request that names a resource by type and id alone finds its solution. Allocates nothing.
     */
    public String[] solutionsWith(int type, String resourceName) {
        return locations.solutionsWith(type, resourceName);
    }

    /**
     * Marks every grant the user holds at {@code nowMillis} on every solution as used: a token carrying the
     * user's runtime claims lets the user exercise all of them.
     */
    public void markAllUsed(String userId, long nowMillis) {
        if (marksUse) {
            UsedGrants.markAll(this, userId, nowMillis);
        }
    }

    /**
     * Reports each grant marked used since the last drain, once per principal, solution and role. With
     * {@code drain} the marks are taken, so the next use marks again; without, they are only read.
     */
    public void forEachUsed(UseMarks sink, boolean drain) {
        UsedGrants.report(this, sink, drain);
    }

    /** The user's effective runtime roles on a solution at {@code nowMillis}, in the Active Policy's order. */
    public List<String> effectiveRoles(String userId, String solutionId, long nowMillis) {
        SolutionPolicy policy = solutions.get(solutionId);
        if (policy == null) {
            return List.of();
        }
        int slot = users.find(userId);
        if (slot == UserRows.NONE) {
            return List.of();
        }
        return policy.names(roleMask(policy, slot, nowMillis));
    }

    /** Every role the user holds at {@code nowMillis} on every solution, and through what: directly or which group. */
    public List<AccessPath> explain(String userId, long nowMillis) {
        return AccessPaths.of(this, userId, nowMillis);
    }

    /** The user's roles on the solution at {@code nowMillis}: the direct entry's and each group's, as a check's. */
    private long roleMask(SolutionPolicy policy, int slot, long nowMillis) {
        int entry = users.directEntry(slot, policy.number);
        long roles = groupRoles(policy, users.group(slot, 0), nowMillis)
                | groupRoles(policy, users.group(slot, 1), nowMillis)
                | laterGroupRoles(policy, users.row(slot), nowMillis);
        return entry == UserRows.NONE ? roles : roles | users.rolesAt(entry, nowMillis);
    }

    private static long groupRoles(SolutionPolicy policy, int group, long nowMillis) {
        return group == UserRows.NONE ? 0L : policy.groupRolesAt(group, nowMillis);
    }

    /** The roles of the user's groups after the first two, which come from its slot. */
    private long laterGroupRoles(SolutionPolicy policy, int row, long nowMillis) {
        int[] rows = users.rows;
        int groups = UserRows.groupsAt(rows, row);
        long roles = 0L;
        for (int i = groups + 3; i <= groups + rows[groups]; i++) {
            roles |= policy.groupRolesAt(rows[i], nowMillis);
        }
        return roles;
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
