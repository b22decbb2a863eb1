package io.runtimeaccess.sharing.check;

import java.util.ArrayList;
import java.util.List;

/** Why a user holds its roles: {@link AccessIndex#explain}, kept apart so the index's class stays about checks. */
final class AccessPaths {

    private static final int[] NO_GROUPS = new int[0];

    private AccessPaths() {
    }

    static List<AccessPath> of(AccessIndex index, String userId, long nowMillis) {
        List<AccessPath> paths = new ArrayList<>();
        for (SolutionPolicy policy : index.solutions.values()) {
            addPaths(paths, policy, policy.userGrants.get(userId), null, nowMillis);
            for (int group : index.groupsOfUser.getOrDefault(userId, NO_GROUPS)) {
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
        for (String role : AccessIndex.names(policy, grants.permanent)) {
            paths.add(new AccessPath(policy.solutionId, role, viaGroup, null));
        }
        for (int i = 0; i < grants.timedCount(); i++) {
            if (nowMillis < grants.timedExpiry(i)) {
                for (String role : AccessIndex.names(policy, grants.timedMask(i))) {
                    paths.add(new AccessPath(policy.solutionId, role, viaGroup, grants.timedExpiry(i)));
                }
            }
        }
    }
}
