package io.runtimeaccess.sharing.check;

/** One reason a user holds a role on a solution: directly ({@code viaGroup} null) or through a group. */
public record AccessPath(String solutionId, String role, String viaGroup, Long expiresAtMillis) {
}
