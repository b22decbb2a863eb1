package io.runtimeaccess.sharing.grant;

import java.time.Instant;

/**
 * One role on one solution for one user or end-user group, optionally until {@code expiresAt}.
 * A principal may hold several grants; each carries exactly one role.
 */
public record Grant(String solutionId, PrincipalType principalType, String principalId, String role,
        Instant expiresAt, GrantSource source) {

    /** Expired at {@code now} exactly when {@code now} is at or past the expiry instant. */
    public boolean isActiveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
