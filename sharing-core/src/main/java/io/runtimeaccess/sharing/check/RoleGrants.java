package io.runtimeaccess.sharing.check;

/**
 * The roles one principal holds on one solution, as bit masks over the Active Policy's roles. Grants
 * without expiry are merged into one inline mask, so the usual case costs a single memory access;
 * timed grants keep their own mask and the instant they stop counting. Use marks live beside the index's
 * flat arrays ({@link UserRows}, {@link SolutionPolicy}), not here.
 */
final class RoleGrants {

    static final long NEVER = Long.MAX_VALUE;
    private static final long[] NONE = new long[0];

    final long permanent;
    private final long[] timedMasks;
    private final long[] timedExpiry;

    RoleGrants(long permanent, long[] timedMasks, long[] timedExpiry) {
        this.permanent = permanent;
        this.timedMasks = timedMasks.length == 0 ? NONE : timedMasks;
        this.timedExpiry = timedExpiry.length == 0 ? NONE : timedExpiry;
    }

    /** The roles that still count at {@code nowMillis}: a grant stops at its expiry instant, not at clean-up. */
    long activeAt(long nowMillis) {
        long roles = permanent;
        for (int i = 0; i < timedMasks.length; i++) {
            if (nowMillis < timedExpiry[i]) {
                roles |= timedMasks[i];
            }
        }
        return roles;
    }

    boolean hasTimed() {
        return timedMasks.length > 0;
    }

    int timedCount() {
        return timedMasks.length;
    }

    long timedMask(int i) {
        return timedMasks[i];
    }

    long timedExpiry(int i) {
        return timedExpiry[i];
    }
}
