package io.runtimeaccess.anomaly.state;

/**
 * The 16-bit novelty counters at the end of a {@link UserProfile}'s table, four to a long: per parent slot
 * (every level but the finest of each hierarchy) how many of its later sightings brought a child value new
 * under it, then, for the two tops of the hierarchies, the user's novel values and comparisons. Static over
 * the profile's own array, so they cost a profile no object of their own.
 */
final class NoveltyCounters {

    /** Longs the counters take after the {@link Level#SLOTS} value slots. */
    static final int LONGS = (20 + 4 + 3) / 4; // CHILD_COUNTERS, then two pairs for the tops
    /** A counter's cap; the tops' pair is halved there so their rate stays one of recent behaviour. */
    static final int MAX_TRIALS = 30_000;
    private static final int BASE = Level.SLOTS;
    private static final int CHILD_COUNTERS = 20;
    private static final int TOP_BASE = CHILD_COUNTERS;

    private NoveltyCounters() {
    }

    static int trials(long[] table, Level level, int parentSlot) {
        if (level.isTop()) {
            return counter(table, TOP_BASE + 2 * topIndex(level) + 1);
        }
        return parentSlot < 0 ? 0 : Math.max(0, TopK.count(table[parentSlot]) - 1);
    }

    static int novel(long[] table, Level level, int parentSlot) {
        if (level.isTop()) {
            return counter(table, TOP_BASE + 2 * topIndex(level));
        }
        return parentSlot < 0 ? 0 : Math.min(counter(table, childIndex(parentSlot)), trials(table, level, parentSlot));
    }

    static void countTrial(long[] table, Level level, int parentSlot, boolean novel) {
        if (level.isTop()) {
            int at = TOP_BASE + 2 * topIndex(level);
            if (counter(table, at + 1) >= MAX_TRIALS) {
                setCounter(table, at, counter(table, at) / 2);
                setCounter(table, at + 1, counter(table, at + 1) / 2);
            }
            setCounter(table, at + 1, counter(table, at + 1) + 1);
            if (novel) {
                setCounter(table, at, counter(table, at) + 1);
            }
        } else if (novel && parentSlot >= 0) {
            int at = childIndex(parentSlot);
            setCounter(table, at, Math.min(MAX_TRIALS, counter(table, at) + 1));
        }
    }

    static void resetChildren(long[] table, int slot) {
        if (childIndex(slot) >= 0) {
            setCounter(table, childIndex(slot), 0);
        }
    }

    private static int topIndex(Level level) {
        return level.isDevice() ? 1 : 0;
    }

    /** Parent slots carry a children's novelty counter: COUNTRY and ASN slots 0..9, device tops 10..19. */
    private static int childIndex(int slot) {
        if (slot < Level.NETWORK.offset()) {
            return slot;
        }
        if (slot >= Level.PLATFORM.offset() && slot < Level.AGENT.offset()) {
            return 10 + slot - Level.PLATFORM.offset();
        }
        return -1;
    }

    private static int counter(long[] table, int index) {
        return (int) (table[BASE + index / 4] >>> (16 * (index & 3))) & 0xFFFF;
    }

    private static void setCounter(long[] table, int index, int value) {
        int shift = 16 * (index & 3);
        int at = BASE + index / 4;
        table[at] = (table[at] & ~(0xFFFFL << shift)) | ((long) (value & 0xFFFF) << shift);
    }
}
