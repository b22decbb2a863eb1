package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.grant.PrincipalType;

/** {@link AccessIndex#forEachUsed}: walks the use marks, kept apart so the index's class stays about checks. */
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

    private static void report(UseMarks sink, PrincipalType type, String principalId, SolutionPolicy policy,
            long roles) {
        if (roles != 0L) {
            for (String role : policy.names(roles)) {
                sink.used(type, principalId, policy.solutionId, role);
            }
        }
    }
}
