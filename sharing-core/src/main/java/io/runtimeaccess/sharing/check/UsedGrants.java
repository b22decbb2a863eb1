package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.grant.PrincipalType;

/**
 * {@link AccessIndex#forEachUsed} and {@link AccessIndex#markAllUsed}: walks over the use marks, kept apart so the
 * index's class stays about checks.
 */
final class UsedGrants {

    private UsedGrants() {
    }

    /** Reports each principal, solution and role marked used; a user's id is rebuilt only if it has a mark. */
    static void report(AccessIndex index, UseMarks sink, boolean drain) {
        UserRows users = index.users;
        for (int row = 0; row < users.rows.length; row = users.nextRow(row)) {
            int entries = UserRows.entriesAt(users.rows, row);
            String userId = null;
            for (int i = 0; i < users.rows[entries]; i++) {
                int entry = entries + 1 + i * UserRows.ENTRY;
                long roles = users.usedRoles(entry, drain);
                if (roles != 0L) {
                    userId = userId == null ? users.id(row) : userId;
                    report(sink, PrincipalType.USER, userId, index.policies[users.solutionOf(entry)], roles);
                }
            }
        }
        for (SolutionPolicy policy : index.policies) {
            for (int group = 0; group < policy.groupGrants.length; group++) {
                report(sink, PrincipalType.GROUP, index.groupIds[group], policy, policy.groupUsedRoles(group, drain));
            }
        }
    }

    /**
     * Marks every grant the user holds at {@code nowMillis} on every solution as used. Runs per token, so it walks
     * the user's own entries rather than searching the row once per solution, and visits the solutions only for a
     * user in some group (a group's marks live in each solution's policy).
     */
    static void markAll(AccessIndex index, String userId, long nowMillis) {
        UserRows users = index.users;
        int slot = users.find(userId);
        if (slot == UserRows.NONE) {
            return;
        }
        int row = users.row(slot);
        int entries = UserRows.entriesAt(users.rows, row);
        for (int i = 0; i < users.rows[entries]; i++) {
            int entry = entries + 1 + i * UserRows.ENTRY;
            users.markUsed(entry, users.rolesAt(entry, nowMillis));
        }
        if (users.rows[UserRows.groupsAt(users.rows, row)] > 0) {
            for (SolutionPolicy policy : index.policies) {
                markGroups(users, policy, row, 0, -1L, nowMillis);
            }
        }
    }

    /** Marks as used the grants of the user's groups, from its {@code from}th on, that give one of {@code roles}. */
    static void markGroups(UserRows users, SolutionPolicy policy, int row, int from, long roles, long nowMillis) {
        int[] rows = users.rows;
        int groups = UserRows.groupsAt(rows, row);
        for (int i = groups + 1 + from; i <= groups + rows[groups]; i++) {
            policy.markGroupUsed(rows[i], policy.groupRolesAt(rows[i], nowMillis) & roles);
        }
    }

    private static void report(UseMarks sink, PrincipalType type, String principalId, SolutionPolicy policy,
            long roles) {
        if (roles != 0L) {
            for (String role : policy.names(roles)) {
                sink.used(type, principalId, policy.solutionId, role);
            }
        }
    }
}
