package io.runtimeaccess.governance.mining;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Role templates from a realm: per solution, the users' direct grants form a user × role matrix; each mined role
 * of two or more runtime roles that two or more users hold together becomes a template. Grants through end-user
 * groups are left out: they are already managed as a set.
 */
final class TemplateSuggester {

    private TemplateSuggester() {
    }

    static List<RoleTemplate> suggest(AccessSnapshot snapshot) {
        Map<String, RoleTemplate> byId = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Set<String>>> solution : directRoles(snapshot).entrySet()) {
            for (RoleTemplate template : templates(solution.getKey(), solution.getValue())) {
                byId.putIfAbsent(template.id(), template);
            }
        }
        List<RoleTemplate> templates = new ArrayList<>(byId.values());
        templates.sort(Comparator.comparingInt(RoleTemplate::grantsReplaced).reversed()
                .thenComparing(RoleTemplate::solutionId).thenComparing(RoleTemplate::id));
        return templates;
    }

    static MiningCoverage coverage(AccessSnapshot snapshot, List<RoleTemplate> templates) {
        Set<String> replaced = new TreeSet<>();
        for (RoleTemplate template : templates) {
            for (String userId : template.userIds()) {
                for (String role : template.roles()) {
                    replaced.add(grantOf(template.solutionId(), userId, role));
                }
            }
        }
        int direct = 0;
        int covered = 0;
        for (Map.Entry<String, Map<String, Set<String>>> solution : directRoles(snapshot).entrySet()) {
            for (Map.Entry<String, Set<String>> user : solution.getValue().entrySet()) {
                for (String role : user.getValue()) {
                    direct++;
                    covered += replaced.contains(grantOf(solution.getKey(), user.getKey(), role)) ? 1 : 0;
                }
            }
        }
        return new MiningCoverage(direct, covered);
    }

    /** The stable id of a template: a hash of its solution and sorted roles. */
    static String templateId(String solutionId, List<String> sortedRoles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(solutionId.getBytes(StandardCharsets.UTF_8));
            for (String role : sortedRoles) {
                sha.update((byte) 0);
                sha.update(role.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static List<RoleTemplate> templates(String solutionId, Map<String, Set<String>> rolesByUser) {
        List<String[]> pairs = new ArrayList<>();
        rolesByUser.forEach((user, roles) -> roles.forEach(role -> pairs.add(new String[] {user, role})));
        AssignmentMatrix matrix = AssignmentMatrix.of(pairs);
        MiningResult mined = RoleMiner.mine(matrix);
        List<RoleTemplate> templates = new ArrayList<>();
        for (int[] permissions : mined.rolePermissions()) {
            if (permissions.length < 2) {
                continue;
            }
            TreeSet<String> roles = new TreeSet<>();
            for (int p : permissions) {
                roles.add(matrix.permissionName(p));
            }
            List<String> users = new ArrayList<>();
            rolesByUser.forEach((user, held) -> {
                if (held.containsAll(roles)) {
                    users.add(user);
                }
            });
            if (users.size() >= 2) {
                List<String> sorted = List.copyOf(roles);
                templates.add(new RoleTemplate(templateId(solutionId, sorted), solutionId, sorted, users,
                        users.size() * sorted.size()));
            }
        }
        return templates;
    }

    /** solution id → user id → roles held directly; sorted maps so that mining sees the same order every run. */
    private static Map<String, Map<String, Set<String>>> directRoles(AccessSnapshot snapshot) {
        Map<String, Map<String, Set<String>>> bySolution = new TreeMap<>();
        for (UserRecord user : snapshot.users()) {
            for (Holding holding : user.holdings()) {
                if (holding.direct() && holding.item().kind() == AccessKind.GRANT
                        && holding.item().solutionId() != null) {
                    String solutionId = holding.item().solutionId();
                    String role = holding.item().key().substring(
                            (AccessKind.GRANT.prefix() + ":" + solutionId + ":").length());
                    bySolution.computeIfAbsent(solutionId, k -> new TreeMap<>())
                            .computeIfAbsent(user.id(), k -> new TreeSet<>()).add(role);
                }
            }
        }
        return bySolution;
    }

    private static String grantOf(String solutionId, String userId, String role) {
        return solutionId + '\u0000' + userId + '\u0000' + role;
    }
}
