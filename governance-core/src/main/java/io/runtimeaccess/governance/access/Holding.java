package io.runtimeaccess.governance.access;

import java.time.Instant;

/**
 * A user holding an {@link AccessItem}: directly, or through an end-user group ({@code viaGroupId} and its
 * name {@code viaGroupName}, for grants only). {@code grantedAt}, {@code expiresAt} and {@code lastUsed} are
 * null when unknown, never and not used since use tracking began.
 */
public record Holding(AccessItem item, String viaGroupId, String viaGroupName, Instant grantedAt, Instant expiresAt,
        Instant lastUsed) {

    public static Holding direct(AccessItem item) {
        return new Holding(item, null, null, null, null, null);
    }

    public boolean direct() {
        return viaGroupId == null;
    }
}
