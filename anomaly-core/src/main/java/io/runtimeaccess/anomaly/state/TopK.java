package io.runtimeaccess.anomaly.state;

/**
 * A small fixed-capacity frequency table living in a region of a {@code long[]}: the values a user
 * shows most, with how often and when last. One slot is one long:
 * <pre>
 *   bits 63..32  value (a country code, an ASN, a /24, a browser, a hash ...)
 *   bits 31..16  count (0 = empty slot)
 *   bits 15..0   day of the last sighting (days since 1970, modulo 65536)
 * </pre>
 * When the table is full, a new value replaces the slot with the smallest count, the one seen longest
 * ago among equals, and starts at its own count: a newcomer does not inherit the evicted value's
 * history (unlike space-saving), because "new for this user" must stay visible.
 *
 * <p>Counts are halved across the region when one reaches {@link #MAX_COUNT}, so old habits fade.
 */
public final class TopK {

    public static final int MAX_COUNT = 4095;

    private TopK() {
    }

    public static long slot(int value, int count, int day) {
        return ((long) value << 32) | ((long) (count & 0xFFFF) << 16) | (day & 0xFFFF);
    }

    public static int value(long slot) {
        return (int) (slot >>> 32);
    }

    public static int count(long slot) {
        return (int) ((slot >>> 16) & 0xFFFF);
    }

    public static int day(long slot) {
        return (int) (slot & 0xFFFF);
    }

    /** The table index of the value's slot in the region, -1 if absent. */
    public static int indexOf(long[] table, int from, int length, int value) {
        for (int i = from, end = from + length; i < end; i++) {
            long s = table[i];
            if (count(s) > 0 && value(s) == value) {
                return i;
            }
        }
        return -1;
    }

    /** The count of the value in the region, 0 if absent. */
    public static int countOf(long[] table, int from, int length, int value) {
        for (int i = from, end = from + length; i < end; i++) {
            long s = table[i];
            if (count(s) > 0 && value(s) == value) {
                return count(s);
            }
        }
        return 0;
    }

    /** The sum of counts in the region. */
    public static int total(long[] table, int from, int length) {
        int total = 0;
        for (int i = from, end = from + length; i < end; i++) {
            total += count(table[i]);
        }
        return total;
    }

    /** Adds {@code weight} sightings of the value. Returns {@code true} if the value was not in the table. */
    public static boolean add(long[] table, int from, int length, int value, int weight, int day) {
        boolean known = indexOf(table, from, length, value) >= 0;
        put(table, from, length, value, weight, day);
        return !known;
    }

    /** Adds {@code weight} sightings of the value and returns the table index of its slot. */
    public static int put(long[] table, int from, int length, int value, int weight, int day) {
        int end = from + length;
        int victim = from;
        for (int i = from; i < end; i++) {
            long s = table[i];
            int c = count(s);
            if (c > 0 && value(s) == value) {
                int next = c + weight;
                if (next >= MAX_COUNT) {
                    halve(table, from, length);
                    next = count(table[i]) + weight;
                }
                table[i] = slot(value, Math.min(next, MAX_COUNT), day);
                return i;
            }
            if (weaker(s, table[victim], day)) {
                victim = i;
            }
        }
        table[victim] = slot(value, Math.min(weight, MAX_COUNT), day);
        return victim;
    }

    /** Halves every count in the region; a count of 1 stays 1 so a value is not forgotten by halving. */
    public static void halve(long[] table, int from, int length) {
        for (int i = from, end = from + length; i < end; i++) {
            long s = table[i];
            int c = count(s);
            if (c > 1) {
                table[i] = slot(value(s), c >>> 1, day(s));
            }
        }
    }

    /** Values of the region, strongest first, at most {@code max}; for evidence. */
    public static int[] strongest(long[] table, int from, int length, int max) {
        int n = 0;
        long[] copy = new long[length];
        for (int i = 0; i < length; i++) {
            if (count(table[from + i]) > 0) {
                copy[n++] = table[from + i];
            }
        }
        // insertion sort by count, descending: regions hold at most a handful of slots
        for (int i = 1; i < n; i++) {
            long s = copy[i];
            int j = i - 1;
            while (j >= 0 && count(copy[j]) < count(s)) {
                copy[j + 1] = copy[j];
                j--;
            }
            copy[j + 1] = s;
        }
        int[] values = new int[Math.min(n, max)];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(copy[i]);
        }
        return values;
    }

    private static boolean weaker(long candidate, long current, int today) {
        int cc = count(candidate);
        int ck = count(current);
        if (cc != ck) {
            return cc < ck;
        }
        return age(candidate, today) > age(current, today);
    }

    private static int age(long slot, int today) {
        return (today - day(slot)) & 0xFFFF;
    }
}
