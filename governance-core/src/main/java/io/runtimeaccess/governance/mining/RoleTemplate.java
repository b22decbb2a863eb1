package io.runtimeaccess.governance.mining;

import java.util.List;

/**
 * A proposed role: a set of runtime roles of one solution that users hold together, which one new role could
 * replace. {@code id} is stable across runs for the same solution and roles.
 *
 * @param grantsReplaced how many direct grants the template's users hold today that one grant each would replace
 */
public record RoleTemplate(String id, String solutionId, List<String> roles, List<String> userIds, int grantsReplaced) {

    public RoleTemplate {
        roles = List.copyOf(roles);
        userIds = List.copyOf(userIds);
    }
}
