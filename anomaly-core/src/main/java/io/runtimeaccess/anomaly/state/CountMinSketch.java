package io.runtimeaccess.anomaly.state;

/**
 * Approximate counts of many values in fixed memory (Cormode and Muthukrishnan's count-min sketch),
 * with conservative update: only the smallest counters grow, which keeps over-estimates small.
 * An estimate is never below the true count.
 *
 * <p>The realm uses one for all its frequencies (countries, ASNs, networks, browsers, ...); the kind of a
 * value is mixed into its key.
 */
public final class CountMinSketch {

    public static final int DEPTH = 4;

    private static final int SATURATED = 1 << 30;

    private final int width;
    private final int mask;
    private final int[] counters;

    /** {@code width} is rounded up to a power of two. */
    public CountMinSketch(int width) {
        this.width = Integer.highestOneBit(Math.max(16, width) * 2 - 1);
        this.mask = this.width - 1;
        this.counters = new int[DEPTH * this.width];
    }

    public int width() {
        return width;
    }

    public int[] counters() {
        return counters;
    }

    public long bytes() {
        return 16L + 4L * counters.length + 24;
    }

    public int estimate(long key) {
        int min = Integer.MAX_VALUE;
        long h = key;
        for (int row = 0; row < DEPTH; row++) {
            h = Hashing.mix(h + row);
            min = Math.min(min, counters[row * width + ((int) h & mask)]);
        }
        return min;
    }

    /** Adds {@code amount} to the key; returns the new estimate. */
    public int add(long key, int amount) {
        int estimate = estimate(key);
        int target = estimate + amount;
        if (target < 0 || target > SATURATED) {
            target = SATURATED; // the owner halves long before this (see RealmStats)
        }
        long h = key;
        for (int row = 0; row < DEPTH; row++) {
            h = Hashing.mix(h + row);
            int index = row * width + ((int) h & mask);
            if (counters[index] < target) {
                counters[index] = target;
            }
        }
        return target;
    }

    /** Halves every counter, so old counts fade when a counter gets large. */
    public void halve() {
        for (int i = 0; i < counters.length; i++) {
            counters[i] >>>= 1;
        }
    }
}
