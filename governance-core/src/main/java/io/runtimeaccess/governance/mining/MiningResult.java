package io.runtimeaccess.governance.mining;

import java.util.List;

/**
 * Roles as sets of permission ids, each with the users it is assigned to.
 *
 * @param exact whether the roles cover every assignment and nothing more
 */
public record MiningResult(List<int[]> rolePermissions, List<int[]> roleUsers, boolean exact) {

    public int roles() {
        return rolePermissions.size();
    }
}
