package io.runtimeaccess.sharing.check;

/**
 * The roles one principal holds on one solution, as bit masks over the Active Policy's roles. Grants
 * without expiry are merged into one mask; timed grants keep their own mask and the instant they stop
 * counting. What a group holds and what explanations list; a check reads flat copies instead
 * ({@link TimedGrants}), and use marks live in the index's flat arrays ({@link UserRows}, {@link SolutionPolicy}).
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
