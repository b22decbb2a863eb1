package io.runtimeaccess.governance.evaluation.scale;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import io.runtimeaccess.governance.reconcile.EndUserGroupRecord;
import io.runtimeaccess.governance.reconcile.GrantRecord;
import io.runtimeaccess.governance.reconcile.ReconciliationInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realm of {@code users} people, generated from a seed, shaped like an organization: departments (one per
 * 100 users) whose members hold their department's grants (some directly, one role through the department's
 * end-user group), a few grants off-profile, realm roles, a few admins; most users signed in recently, some
 * long ago or never; most grants used recently, some not for months; some users disabled, some federated, a few
 * of those with their identity-provider link gone or an identity-provider group no end-user group matches.
 */
final class SyntheticRealm {

    static final int SOLUTIONS = 40;
    static final int ROLES_PER_SOLUTION = 8;
    private static final long DAY = 86_400_000L;

    final AccessSnapshot snapshot;
    final ReconciliationInputs reconciliation;

    SyntheticRealm(int users, long seed, Instant now) {
        Random random = new Random(seed);
        int departments = Math.max(5, users / 100);
        List<List<AccessItem>> profiles = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            List<AccessItem> profile = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                profile.add(grant(random.nextInt(SOLUTIONS), random.nextInt(ROLES_PER_SOLUTION)));
            }
            profiles.add(profile);
        }
        Users drawn = new Users(random, now);
        List<UserRecord> records = new ArrayList<>(users);
        for (int u = 0; u < users; u++) {
            int department = random.nextInt(departments);
            records.add(drawn.user(u, department, profiles.get(department)));
        }
        List<EndUserGroupRecord> groups = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            groups.add(new EndUserGroupRecord("eug-" + d, "Department " + d, drawn.members.getOrDefault("eug-" + d, 0)));
            drawn.grants.add(record(drawn.grants.size(), profiles.get(d).get(0), GrantRecord.GROUP, "eug-" + d));
        }
        groups.add(new EndUserGroupRecord("eug-empty", "Nobody", 0));
        snapshot = new AccessSnapshot("synthetic", now, records);
        reconciliation = new ReconciliationInputs(drawn.idpGroups, groups, drawn.grants, activeRoles());
    }

    /** Draws users one by one (in a fixed order of draws), collecting their grants, memberships and IdP groups. */
    private static final class Users {
        final Random random;
        final Instant now;
        final Map<String, Set<String>> idpGroups = new HashMap<>();
        final Map<String, Integer> members = new HashMap<>();
        final List<GrantRecord> grants = new ArrayList<>();

        Users(Random random, Instant now) {
            this.random = random;
            this.now = now;
        }

        /** Most of the department's profile directly, sometimes one grant more, the rest through the department. */
        UserRecord user(int u, int department, List<AccessItem> profile) {
            String id = "user-" + u;
            List<Holding> holdings = new ArrayList<>();
            for (int k = 1; k < profile.size(); k++) {
                if (random.nextDouble() < 0.9) {
                    direct(holdings, profile.get(k), id);
                }
            }
            if (random.nextDouble() < 0.2) {
                direct(holdings, grant(random.nextInt(SOLUTIONS), random.nextInt(ROLES_PER_SOLUTION)), id);
            }
            String groupId = "eug-" + department;
            holdings.add(Holding.direct(AccessItem.endUserGroup(groupId, "Department " + department)));
            holdings.add(holding(profile.get(0), groupId, "Department " + department, random, now));
            members.merge(groupId, 1, Integer::sum);
            holdings.add(Holding.direct(AccessItem.realmRole("offline_access", false)));
            if (random.nextDouble() < 0.001) {
                holdings.add(Holding.direct(AccessItem.clientRole("realm-management", "realm-admin", true)));
            }
            boolean federated = random.nextDouble() < 0.3;
            boolean linkGone = federated && random.nextDouble() < 0.03;
            if (federated) {
                idpGroups.put(id, Set.of(random.nextDouble() < 0.01 ? "Retired team" : "Department " + department));
            }
            Instant created = now.minusMillis((100 + random.nextInt(600)) * DAY);
            double signIn = random.nextDouble();
            Instant lastSignIn = signIn < 0.85 ? now.minusMillis(random.nextInt(30) * DAY + 1)
                    : signIn < 0.95 ? now.minusMillis((90 + random.nextInt(300)) * DAY) : null;
            return new UserRecord(id, "user" + u, Map.of("department", "d" + department,
                    "title", "t" + random.nextInt(10), "location", "l" + random.nextInt(8)),
                    random.nextDouble() >= 0.03, federated && !linkGone ? Set.of("customer") : Set.of(), federated,
                    random.nextDouble() < 0.6, created, lastSignIn, random.nextDouble() < 0.002,
                    random.nextDouble() < 0.01 ? 1 : 0, 0, holdings);
        }

        private void direct(List<Holding> holdings, AccessItem item, String id) {
            holdings.add(holding(item, null, null, random, now));
            grants.add(record(grants.size(), item, GrantRecord.USER, id));
        }
    }

    /** Every solution's Active Policy holds roles r1 to r7: role r0 was dropped from all of them. */
    private static Map<String, Set<String>> activeRoles() {
        Map<String, Set<String>> activeRoles = new HashMap<>();
        for (int s = 0; s < SOLUTIONS; s++) {
            Set<String> roles = new HashSet<>();
            for (int r = 1; r < ROLES_PER_SOLUTION; r++) {
                roles.add("r" + r);
            }
            activeRoles.put("s" + s, roles);
        }
        return activeRoles;
    }

    /**
     * A benchmark matrix as a realm: each permission a role of one solution, held directly; every user signed in
     * and used everything yesterday, so only the peer model and the risk have work to do.
     */
    SyntheticRealm(AssignmentMatrix matrix, Instant now) {
        List<UserRecord> records = new ArrayList<>(matrix.users());
        Instant yesterday = now.minusMillis(DAY);
        for (int u = 0; u < matrix.users(); u++) {
            List<Holding> holdings = new ArrayList<>();
            for (int p : matrix.permissionsOf(u)) {
                holdings.add(new Holding(AccessItem.grant("matrix", matrix.permissionName(p), null, false), null, null,
                        yesterday, null, yesterday));
            }
            records.add(new UserRecord("user-" + matrix.userName(u), matrix.userName(u), Map.of(), true, Set.of(),
                    false, true, yesterday, yesterday, false, 0, 0, holdings));
        }
        snapshot = new AccessSnapshot("matrix", now, records);
        reconciliation = ReconciliationInputs.none();
    }

    private static AccessItem grant(int solution, int role) {
        return AccessItem.grant("s" + solution, "r" + role, "Solution " + solution + " / r" + role, false);
    }

    private static Holding holding(AccessItem item, String groupId, String groupName, Random random, Instant now) {
        Instant granted = now.minusMillis((100 + random.nextInt(600)) * DAY);
        double use = random.nextDouble();
        Instant lastUsed = use < 0.7 ? now.minusMillis(random.nextInt(30) * DAY + 1)
                : use < 0.9 ? now.minusMillis((90 + random.nextInt(300)) * DAY) : null;
        return new Holding(item, groupId, groupName, granted, null, lastUsed);
    }

    private static GrantRecord record(int n, AccessItem item, String type, String principal) {
        String[] parts = item.key().split(":");
        return new GrantRecord("g" + n, parts[1], parts[1], type, principal, parts[2]);
    }
}
