package io.runtimeaccess.sharing.check;

/**
 * The roles one principal holds on one solution, as bit masks over the Active Policy's roles, each
 * with the instant it stops counting. Grants without expiry are merged into the first entry.
 */
final class RoleGrants {

    static final long NEVER = Long.MAX_VALUE;

    private final long[] masks;
    private final long[] expiresAtMillis;

    RoleGrants(long[] masks, long[] expiresAtMillis) {
        this.masks = masks;
        this.expiresAtMillis = expiresAtMillis;
    }

    /** The roles that still count at {@code nowMillis}: a grant stops at its expiry instant, not at clean-up. */
    long activeAt(long nowMillis) {
        long roles = 0L;
        for (int i = 0; i < masks.length; i++) {
            if (nowMillis < expiresAtMillis[i]) {
                roles |= masks[i];
            }
        }
        return roles;
    }

    int size() {
        return masks.length;
    }

    long mask(int i) {
        return masks[i];
    }

    long expiresAt(int i) {
        return expiresAtMillis[i];
    }
}
