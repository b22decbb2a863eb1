package io.runtimeaccess.anomaly.state;

/**
 * Exact counts of a realm's values (countries, /24 networks, browsers, ...), two per key, in a table
 * whose size follows the realm's users. A key nobody counted reads 0, whatever the realm's size: there
 * is no shared counter a busy key could lend its count to (as in a count-min sketch, whose error grows
 * with the total counted over its width).
 *
 * <p>Memory is bounded by evicting the light tail, never the heavy keys. When the table holds its
 * {@linkplain #limit() limit} of keys, one sweep drops a quarter of them: those whose count, halved for
 * every {@value #HALF_LIFE_DAYS} days since last counted, is lowest. A /24 ten users share or a backend
 * redeeming codes for every session keeps being counted and stays; a carrier address used once a month
 * ago goes, and reads 0 again, as if never seen: an under-count of a value seen once, which only makes
 * it a little more surprising. The sweep is amortised over the quarter of the limit it frees.
 *
 * <p>Layout: open addressing with linear probing over three parallel arrays (key, both counts packed in
 * a long, day last counted), 18 bytes a slot; the slot count is a power of two at most twice the
 * entries over {@value #MAX_LOAD}, so ≤ 48 bytes per key. Deletion shifts the following run back (no
 * tombstones). Slots come from {@link Hashing#tableHash}, seeded per process, so nobody can choose keys
 * that pile up in one run. Key 0 marks an empty slot; a key that is 0 is stored as 1.
 */
public final class RealmCounts {

    /** Slot bytes: a long key, a long of two counts and a char day. */
    public static final int SLOT_BYTES = 8 + 8 + 2;
    /** Worst-case bytes per key: just after doubling the table is 3/8 full. */
    public static final int MAX_BYTES_PER_KEY = 48;
    static final double MAX_LOAD = 0.75;
    /** A sweep frees this share of the limit. */
    static final int SWEEP_DIVISOR = 4;
    static final int HALF_LIFE_DAYS = 14;
    private static final int INITIAL_SLOTS = 256;
    private static final int SATURATED = Integer.MAX_VALUE >>> 1;
    private static final int BUCKETS = 64;

    private long[] keys;
    private long[] counts;
    private char[] days;
    private int mask;
    private int size;
    private int limit;
    private int today;
    /** Sweep scratch: keys per weight bucket. Kept, so a sweep allocates nothing. */
    private final int[] histogram = new int[BUCKETS];

    /** A table that holds at most {@code limit} keys until {@link #limit(int)} says otherwise. */
    public RealmCounts(int limit) {
        this.limit = Math.max(16, limit);
        allocate(INITIAL_SLOTS);
    }

    public int size() {
        return size;
    }

    public int limit() {
        return limit;
    }

    /** Changes the most keys held; a lower limit takes effect at the next insert. */
    public void limit(int keysAtMost) {
        limit = Math.max(16, keysAtMost);
    }

    /** The day (days since 1970, any 16 bits of it) that counting now happens on, for ageing. */
    public void today(int day) {
        today = day & 0xFFFF;
    }

    /** The first count of the key, 0 if never counted (or evicted). */
    public int first(long key) {
        int slot = find(key);
        return slot < 0 ? 0 : (int) (counts[slot] >>> 32);
    }

    /** The second count of the key, 0 if never counted (or evicted). */
    public int second(long key) {
        int slot = find(key);
        return slot < 0 ? 0 : (int) counts[slot];
    }

    /** Adds to the key's two counts (saturating), creating it if absent, and marks it counted today. */
    public void add(long key, int first, int second) {
        long k = key == 0 ? 1 : key;
        int slot = find(k);
        if (slot < 0) {
            if (size >= limit) {
                sweep();
            } else if (size + 1 > MAX_LOAD * keys.length) {
                rehash(keys.length * 2);
            }
            slot = insertSlot(k);
            keys[slot] = k;
            counts[slot] = 0;
            size++;
        }
        long c = counts[slot];
        int a = (int) Math.min(SATURATED, (long) (int) (c >>> 32) + first);
        int b = (int) Math.min(SATURATED, (long) (int) c + second);
        counts[slot] = ((long) a << 32) | (b & 0xFFFFFFFFL);
        days[slot] = (char) today;
    }

    /** Halves every count; keys whose first count reaches 0 go. */
    public void halve() {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                long c = counts[i];
                counts[i] = ((long) ((int) (c >>> 32) >>> 1) << 32) | (((int) c >>> 1) & 0xFFFFFFFFL);
            }
        }
        for (int i = 0; i < keys.length;) {
            if (keys[i] != 0 && (int) (counts[i] >>> 32) == 0) {
                delete(i); // the next entry of the run may have moved here: look again
            } else {
                i++;
            }
        }
    }

    public long bytes() {
        return 3 * 16L + (long) SLOT_BYTES * keys.length + 16 + 4L * BUCKETS + 40;
    }

    /**
     * Visits every key with its counts and day, for snapshots, in key order: where a key sits depends on
     * the process's hash seed and the table's history, and equal contents must write equal snapshots.
     */
    public void forEach(Visitor visitor) {
        long[] sorted = new long[size];
        int n = 0;
        for (long key : keys) {
            if (key != 0) {
                sorted[n++] = key;
            }
        }
        java.util.Arrays.sort(sorted, 0, n);
        for (int i = 0; i < n; i++) {
            int slot = find(sorted[i]);
            visitor.visit(sorted[i], (int) (counts[slot] >>> 32), (int) counts[slot], days[slot]);
        }
    }

    /** Puts a key back as a snapshot had it. */
    public void restore(long key, int first, int second, int day) {
        int saved = today;
        today = day;
        add(key, first, second);
        today = saved;
    }

    /** A key with its counts, as {@link #forEach} hands them out. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long key, int first, int second, int day);
    }

    /**
     * Drops a quarter of the limit, lightest first: weight buckets are log2 of the first count minus one
     * per half-life since last counted; whole buckets below the cut go, and of the cut bucket as many as
     * are still needed, in table order (which the seeded hash makes arbitrary).
     */
    private void sweep() {
        java.util.Arrays.fill(histogram, 0);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                histogram[weight(i)]++;
            }
        }
        int target = Math.max(1, limit / SWEEP_DIVISOR);
        int cut = 0;
        int below = 0;
        while (cut < BUCKETS - 1 && below + histogram[cut] < target) {
            below += histogram[cut++];
        }
        int fromCut = target - below;
        for (int i = 0; i < keys.length;) {
            if (keys[i] != 0) {
                int w = weight(i);
                if (w < cut || (w == cut && fromCut-- > 0)) {
                    delete(i);
                    continue;
                }
            }
            i++;
        }
    }

    private int weight(int slot) {
        int count = (int) (counts[slot] >>> 32);
        int log = 32 - Integer.numberOfLeadingZeros(count); // 0 for 0, 1 for 1, 2 for 2-3, ...
        int age = (today - days[slot]) & 0xFFFF;
        int w = log - age / HALF_LIFE_DAYS;
        return Math.max(0, Math.min(BUCKETS - 1, w + 8)); // up to 8 half-lives below a count of 1 are told apart
    }

    private int find(long key) {
        long k = key == 0 ? 1 : key;
        for (int i = home(k); ; i = (i + 1) & mask) {
            long present = keys[i];
            if (present == k) {
                return i;
            }
            if (present == 0) {
                return -1;
            }
        }
    }

    private int insertSlot(long key) {
        int i = home(key);
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private int home(long key) {
        return (int) Hashing.tableHash(key) & mask;
    }

    /** Empties the slot and shifts back the entries of its run that would not be found past the gap. */
    private void delete(int slot) {
        int gap = slot;
        for (int j = (gap + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = home(keys[j]);
            // the entry at j may fill the gap if its home is not cyclically within (gap, j]
            boolean stays = gap <= j ? home > gap && home <= j : home > gap || home <= j;
            if (!stays) {
                keys[gap] = keys[j];
                counts[gap] = counts[j];
                days[gap] = days[j];
                gap = j;
            }
        }
        keys[gap] = 0;
        counts[gap] = 0;
        days[gap] = 0;
        size--;
    }

    private void rehash(int slots) {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        char[] oldDays = days;
        allocate(slots);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = insertSlot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                days[slot] = oldDays[i];
            }
        }
    }

    private void allocate(int slots) {
        keys = new long[slots];
        counts = new long[slots];
        days = new char[slots];
        mask = slots - 1;
    }
}
