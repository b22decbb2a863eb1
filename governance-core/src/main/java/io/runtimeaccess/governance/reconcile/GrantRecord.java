package io.runtimeaccess.governance.reconcile;

/**
 * A stored runtime grant as reconciliation sees it: to a user or an end-user group ({@code principalType}
 * {@code USER} or {@code GROUP}), of {@code role} on a solution.
 */
public record GrantRecord(String grantId, String solutionId, String solutionName, String principalType,
        String principalId, String role) {

    public static final String USER = "USER";
    public static final String GROUP = "GROUP";
}
