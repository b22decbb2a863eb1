package io.runtimeaccess.sharing.check;

import java.util.ArrayList;
import java.util.List;

/** Why a user holds its roles: {@link AccessIndex#explain}, kept apart so the index's class stays about checks. */
final class AccessPaths {

    private AccessPaths() {
    }

    static List<AccessPath> of(AccessIndex index, String userId, long nowMillis) {
        List<AccessPath> paths = new ArrayList<>();
        UserRows users = index.users;
        int slot = users.find(userId);
        if (slot == UserRows.NONE) {
            return paths;
        }
        int row = users.row(slot);
        int groups = UserRows.groupsAt(users.rows, row);
        for (SolutionPolicy policy : index.solutions.values()) {
            int entry = users.entry(row, policy.number);
            if (entry != UserRows.NONE) {
                addPaths(paths, policy, users.grants(entry), null, nowMillis);
            }
            for (int i = groups + 1; i <= groups + users.rows[groups]; i++) {
                int group = users.rows[i];
                addPaths(paths, policy, policy.groupGrants[group], index.groupNames[group], nowMillis);
            }
        }
        return paths;
    }

    private static void addPaths(List<AccessPath> paths, SolutionPolicy policy, RoleGrants grants, String viaGroup,
            long nowMillis) {
        if (grants == null) {
            return;
        }
        for (String role : policy.names(grants.permanent)) {
            paths.add(new AccessPath(policy.solutionId, role, viaGroup, null));
        }
        for (int i = 0; i < grants.timedCount(); i++) {
            if (nowMillis < grants.timedExpiry(i)) {
                for (String role : policy.names(grants.timedMask(i))) {
                    paths.add(new AccessPath(policy.solutionId, role, viaGroup, grants.timedExpiry(i)));
                }
            }
        }
    }
}
