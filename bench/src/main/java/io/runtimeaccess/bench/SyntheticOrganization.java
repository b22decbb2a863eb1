package io.runtimeaccess.bench;

import io.runtimeaccess.sharing.grant.EndUserGroup;
import io.runtimeaccess.sharing.grant.Grant;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.ResourceKind;
import io.runtimeaccess.sharing.policy.Solution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded organization of a given grant count: one solution per 10,000 grants (at least 10), 8 roles
 * and 6 resources per Active Policy, one user per 4 grants, every user in 2 of (users / 100) groups,
 * a tenth of the grants given to groups, a fifth with an expiry (a quarter of those already past). Users have
 * ids like Keycloak's, random-looking UUIDs ({@link #userId}), so the index compares what it compares in a realm.
 */
final class SyntheticOrganization {

    static final long NOW = Instant.parse("2026-11-22T12:00:00Z").toEpochMilli();
    static final int ROLES = 8;

    final List<Solution> solutions = new ArrayList<>();
    final List<EndUserGroup> groups = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final int users;

    SyntheticOrganization(int grantCount, long seed) {
        Random random = new Random(seed);
        int solutionCount = Math.max(10, grantCount / 10_000);
        users = Math.max(10, grantCount / 4);
        int groupCount = Math.max(10, users / 100);
        for (int s = 0; s < solutionCount; s++) {
            solutions.add(solution("s" + s, random));
        }
        Map<Integer, Set<String>> members = new HashMap<>();
        for (int u = 0; u < users; u++) {
            for (int k = 0; k < 2; k++) {
                members.computeIfAbsent(random.nextInt(groupCount), g -> new HashSet<>()).add(userId(u));
            }
        }
        for (int g = 0; g < groupCount; g++) {
            groups.add(new EndUserGroup("g" + g, "Group " + g, false, members.getOrDefault(g, Set.of())));
        }
        for (int i = 0; i < grantCount; i++) {
            boolean toGroup = random.nextInt(10) == 0;
            String principal = toGroup ? "g" + random.nextInt(groupCount) : userId(random.nextInt(users));
            grants.add(new Grant("s" + random.nextInt(solutionCount), toGroup ? PrincipalType.GROUP : PrincipalType.USER,
                    principal, "r" + random.nextInt(ROLES), expiry(random), GrantSource.ADMIN));
        }
    }

    /** User {@code u}'s id: a version 4 UUID, derived from {@code u} alone so that questions can name it again. */
    static String userId(int u) {
        long high = mix(2L * u + 1) & ~0xF000L | 0x4000L;
        long low = mix(2L * u + 2) & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** SplitMix64's finalizer: neighbouring numbers give unrelated bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static Instant expiry(Random random) {
        int roll = random.nextInt(20);
        if (roll >= 4) {
            return null;
        }
        long offset = roll == 0 ? -3_600_000L : 86_400_000L;
        return Instant.ofEpochMilli(NOW + offset);
    }

    private static Solution solution(String id, Random random) {
        Set<String> roles = new HashSet<>();
        for (int r = 0; r < ROLES; r++) {
            roles.add("r" + r);
        }
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            resources.add(new Resource("lane" + i, ResourceKind.SWIMLANE, Map.of(
                    Action.VIEW, someRoles(random), Action.EXECUTE, someRoles(random),
                    Action.SELF_ASSIGN, someRoles(random))));
        }
        for (int i = 0; i < 2; i++) {
            resources.add(new Resource("flow" + i, ResourceKind.UI_FLOW, Map.of(Action.INTERACT, someRoles(random))));
        }
        return new Solution(id, "Solution " + id, List.of(new Build(id + "-b1", "1", roles, resources)), id + "-b1");
    }

    private static Set<String> someRoles(Random random) {
        Set<String> roles = new HashSet<>();
        for (int k = 0; k < 3; k++) {
            roles.add("r" + random.nextInt(ROLES));
        }
        return roles;
    }
}
