package io.runtimeaccess.sharing.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The roles one principal holds on one solution, as bit masks over the Active Policy's roles. Grants
 * without expiry are merged into one inline mask, so the usual case costs a single memory access;
 * timed grants keep their own mask and the instant they stop counting.
 */
final class RoleGrants {

    static final long NEVER = Long.MAX_VALUE;
    private static final long[] NONE = new long[0];
    private static final VarHandle USED;

    static {
        try {
            USED = MethodHandles.lookup().findVarHandle(RoleGrants.class, "used", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Roles exercised since the last drain: this node's "used since" mark, one bit per role, never persisted here. */
    @SuppressWarnings("unused") // read and written through USED
    private long used;

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

    /**
     * Marks {@code roles} used. Once a role is marked (the steady state between two drains) this is one opaque
     * read and no write; the first use after a drain sets the bits atomically, so two checks never lose each
     * other's marks. Allocates nothing.
     */
    void markUsed(long roles) {
        if (roles != 0L && ((long) USED.getOpaque(this) & roles) != roles) {
            USED.getAndBitwiseOr(this, roles);
        }
    }

    /** The roles marked since the last drain; with {@code clear} they are taken (the next use marks again). */
    long usedRoles(boolean clear) {
        return clear ? (long) USED.getAndSet(this, 0L) : (long) USED.getOpaque(this);
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
