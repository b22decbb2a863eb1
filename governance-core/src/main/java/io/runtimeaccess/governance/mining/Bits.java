package io.runtimeaccess.governance.mining;

import java.util.BitSet;

/**
 * Fixed-width bit sets as {@code long[]}: the cover search tests containment and counts intersections millions of
 * times, and {@link BitSet} would allocate for each.
 */
final class Bits {

    private Bits() {
    }

    static long[] of(BitSet set, int width) {
        long[] words = new long[(width + 63) >>> 6];
        long[] source = set.toLongArray();
        System.arraycopy(source, 0, words, 0, Math.min(source.length, words.length));
        return words;
    }

    static BitSet toBitSet(long[] words) {
        return BitSet.valueOf(words);
    }

    static boolean get(long[] words, int bit) {
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    static void set(long[] words, int bit) {
        words[bit >>> 6] |= 1L << bit;
    }

    static void clear(long[] words, int bit) {
        words[bit >>> 6] &= ~(1L << bit);
    }

    static boolean isEmpty(long[] words) {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    static int cardinality(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    static int andCardinality(long[] a, long[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += Long.bitCount(a[i] & b[i]);
        }
        return count;
    }

    /** Whether every bit of {@code part} is in {@code whole}. */
    static boolean containsAll(long[] whole, long[] part) {
        for (int i = 0; i < part.length; i++) {
            if ((part[i] & ~whole[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    static long[] and(long[] a, long[] b) {
        long[] result = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] & b[i];
        }
        return result;
    }

    /** {@code start} and every {@code lines[i]} for {@code i} in {@code which}: what those lines all share. */
    static long[] andOf(long[][] lines, long[] which, long[] start) {
        long[] shared = start.clone();
        for (int i = next(which, 0); i >= 0; i = next(which, i + 1)) {
            andInPlace(shared, lines[i]);
        }
        return shared;
    }

    /** Bits 0 to {@code width} - 1. */
    static long[] all(int width) {
        long[] words = new long[(width + 63) >>> 6];
        for (int bit = 0; bit < width; bit++) {
            set(words, bit);
        }
        return words;
    }

    static void andInPlace(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= other[i];
        }
    }

    static void andNotInPlace(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] &= ~other[i];
        }
    }

    static void orInPlace(long[] target, long[] other) {
        for (int i = 0; i < target.length; i++) {
            target[i] |= other[i];
        }
    }

    /** The next set bit at or after {@code from}, or -1. */
    static int next(long[] words, int from) {
        int index = from >>> 6;
        if (index >= words.length) {
            return -1;
        }
        long word = words[index] & (-1L << from);
        while (true) {
            if (word != 0) {
                return (index << 6) + Long.numberOfTrailingZeros(word);
            }
            if (++index == words.length) {
                return -1;
            }
            word = words[index];
        }
    }
}
