package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.ResourceLocations.Location;
import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledCondition;
import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.Solution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles an {@link AccessIndex}; kept apart so the index itself stays a small read-only object. */
final class AccessIndexBuilder {
    private final Collection<Solution> solutions;
    private final Collection<EndUserGroup> groups;
    private final Collection<Grant> grants;
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final List<String> groupNames = new ArrayList<>();
    private Vocabulary vocabulary;

    AccessIndexBuilder(Collection<Solution> solutions, Collection<EndUserGroup> groups, Collection<Grant> grants) {
        this.solutions = solutions;
        this.groups = groups;
        this.grants = grants;
    }

    AccessIndex build() {
        UserRowsBuilder users = new UserRowsBuilder();
        for (EndUserGroup group : groups) {
            if (group.archived()) {
                continue;
            }
            int index = groupNames.size();
            groupIndex.put(group.id(), index);
            groupNames.add(group.name());
            for (String member : group.memberUserIds()) {
                users.addGroup(member, index);
            }
        }
        Map<String, List<Grant>> grantsBySolution = new HashMap<>();
        for (Grant grant : grants) {
            grantsBySolution.computeIfAbsent(grant.solutionId(), s -> new ArrayList<>()).add(grant);
        }
        List<Build> activeBuilds = new ArrayList<>();
        for (Solution solution : solutions) {
            if (solution.activeBuild() != null) {
                activeBuilds.add(solution.activeBuild());
            }
        }
        vocabulary = new Vocabulary(activeBuilds);
        List<SolutionPolicy> compiled = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (Solution solution : solutions) {
            Build active = solution.activeBuild();
            if (active != null) {
                // Numbered in order, so each user's direct entries arrive sorted by solution number.
                compiled.add(compile(solution.id(), compiled.size(), active,
                        grantsBySolution.getOrDefault(solution.id(), List.of()), users));
                for (Resource resource : active.resources()) {
                    locations.add(new Location(vocabulary.typeId(resource.type()), resource.name(), solution.id()));
                }
            }
        }
        Map<String, String> allGroupNames = new HashMap<>();
        groups.forEach(group -> allGroupNames.put(group.id(), group.name()));
        String[] groupIds = new String[groupNames.size()];
        groupIndex.forEach((id, index) -> groupIds[index] = id);
        return new AccessIndex(compiled.toArray(new SolutionPolicy[0]), users.build(),
                groupNames.toArray(new String[0]), groupIds, allGroupNames, vocabulary,
                new ResourceLocations(locations, vocabulary.typeCount()));
    }

    private SolutionPolicy compile(String solutionId, int number, Build build, List<Grant> solutionGrants,
            UserRowsBuilder userRows) {
        String[] roleNames = build.roles().stream().sorted().toArray(String[]::new);
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < roleNames.length; i++) {
            bits.put(roleNames[i], i);
        }
        Map<String, CompiledResource> resources = new HashMap<>();
        for (Resource resource : build.resources()) {
            resources.put(resource.name(), compile(resource, bits));
        }
        RoleGrantsCollector[] byGroup = new RoleGrantsCollector[groupNames.size()];
        for (Grant grant : solutionGrants) {
            Integer bit = bits.get(grant.role());
            if (bit == null) {
                continue;
            }
            long expires = grant.expiresAt() == null ? RoleGrants.NEVER : grant.expiresAt().toEpochMilli();
            if (grant.principalType() == PrincipalType.USER) {
                userRows.addGrant(grant.principalId(), number, 1L << bit, expires);
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
        RoleGrants[] groupGrants = new RoleGrants[byGroup.length];
        for (int i = 0; i < byGroup.length; i++) {
            groupGrants[i] = byGroup[i] == null ? null : byGroup[i].toRoleGrants();
        }
        return new SolutionPolicy(solutionId, number, roleNames, bits, resources, groupGrants);
    }

    /** Interns the resource's type and actions, so a check indexes arrays by the request's action id. */
    private CompiledResource compile(Resource resource, Map<String, Integer> bits) {
        long[] byAction = new long[vocabulary.actionCount()];
        boolean[] declared = new boolean[byAction.length];
        for (String action : resource.actions()) {
            int id = vocabulary.actionId(action);
            declared[id] = true;
            for (String role : resource.rolesHolding(action)) {
                byAction[id] |= 1L << bits.get(role);
            }
        }
        CompiledCondition[] conditions = resource.conditions().stream()
                .map(c -> new CompiledCondition(vocabulary.actionId(c.action()), c.require(), c.deny(), c.unless()))
                .toArray(CompiledCondition[]::new);
        return new CompiledResource(resource.name(), vocabulary.typeId(resource.type()), byAction, declared, conditions);
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
