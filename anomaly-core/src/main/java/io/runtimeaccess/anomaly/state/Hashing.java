package io.runtimeaccess.anomaly.state;

/**
 * Allocation-free hashing of text and numbers. Profiles are keyed by 64-bit hashes instead of the
 * strings themselves: 8 bytes a key, and the learned state holds no user ids or user agents.
 */
public final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /**
     * Chosen at random when the process starts and never stored: where a key lands in an in-memory table
     * cannot be predicted, so nobody can pick usernames or addresses that collide there. The keys
     * themselves stay unseeded, because they are saved in snapshots and must mean the same after a restart.
     */
    private static final long TABLE_SEED = new java.security.SecureRandom().nextLong();

    private Hashing() {
    }

    /** 64-bit FNV-1a of the characters, finished with a mixer so nearby strings spread. {@code null} hashes to 0. */
    public static long hash64(CharSequence text) {
        if (text == null) {
            return 0;
        }
        long h = FNV_OFFSET;
        for (int i = 0, n = text.length(); i < n; i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** The hash of two texts as one key (a realm and a user, say); order matters. */
    public static long hash64(CharSequence first, CharSequence second) {
        return mix(hash64(first) * 31 + hash64(second));
    }

    /** Combines a kind (a small constant) with values into one well-spread key. */
    public static long key(int kind, long value) {
        return mix(value * 0x9E3779B97F4A7C15L + kind);
    }

    public static long key(int kind, long parent, long value) {
        return mix(mix(parent * 0x9E3779B97F4A7C15L + kind) ^ value);
    }

    /** Where a key goes in an in-memory hash table: {@link #mix} of the key and this process's seed. */
    public static long tableHash(long key) {
        return mix(key ^ TABLE_SEED);
    }

    /** SplitMix64's finalizer: every input bit affects every output bit. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A 32-bit key for compact tables; never 0 so 0 can mean "empty". */
    public static int nonZero32(long hash) {
        int h = (int) (hash ^ (hash >>> 32));
        return h == 0 ? 1 : h;
    }
}
