package io.runtimeaccess.sharing.check;

/**
 * A principal's timed grants on one solution, flat in a {@code long[]} shared by many principals: at an offset,
 * the count, then each grant's role mask and expiry instant side by side. A check that must look at timed grants
 * reads them where the offset points, usually one cache line, instead of following a {@link RoleGrants} object to
 * its two arrays (three dependent reads, each a cache miss in a large index).
 */
final class TimedGrants {

    private TimedGrants() {
    }

    /** How many longs the grants of {@code grants} take. */
    static int size(RoleGrants grants) {
        return 1 + 2 * grants.timedCount();
    }

    /** Writes the timed grants of {@code grants} at {@code at}; returns the offset after them. */
    static int write(long[] flat, int at, RoleGrants grants) {
        flat[at] = grants.timedCount();
        for (int i = 0; i < grants.timedCount(); i++) {
            flat[at + 1 + 2 * i] = grants.timedMask(i);
            flat[at + 2 + 2 * i] = grants.timedExpiry(i);
        }
        return at + size(grants);
    }

    /** The roles of the grants at {@code at} that still count at {@code nowMillis} (a grant stops at its expiry). */
    static long activeAt(long[] flat, int at, long nowMillis) {
        long roles = 0L;
        int end = at + 1 + 2 * (int) flat[at];
        for (int i = at + 1; i < end; i += 2) {
            if (nowMillis < flat[i + 1]) {
                roles |= flat[i];
            }
        }
        return roles;
    }

    /** The grants at {@code at} with {@code permanent} as a {@link RoleGrants}: for explanations, not checks. */
    static RoleGrants read(long[] flat, int at, long permanent) {
        int count = (int) flat[at];
        long[] masks = new long[count];
        long[] expiries = new long[count];
        for (int i = 0; i < count; i++) {
            masks[i] = flat[at + 1 + 2 * i];
            expiries[i] = flat[at + 2 + 2 * i];
        }
        return new RoleGrants(permanent, masks, expiries);
    }
}
