package io.runtimeaccess.anomaly.observation;

/**
 * Parsed user agents by header, bounded and O(1): direct-mapped, so a header lives in the slot its
 * hash picks and a different header hashing to the same slot replaces it (eviction = last writer wins).
 * A realm sees few distinct headers at a time, so nearly every event is a hit without any LRU
 * bookkeeping. Not thread-safe, like the scorer that owns it.
 */
public final class UserAgentCache {

    private final String[] headers;
    private final UserAgent[] parsed;
    private final int mask;
    private long misses;

    public UserAgentCache(int size) {
        int slots = Integer.highestOneBit(Math.max(1, size) * 2 - 1);
        headers = new String[slots];
        parsed = new UserAgent[slots];
        mask = slots - 1;
    }

    /** The parsed header; {@code null} for a missing header. */
    public UserAgent get(String header) {
        if (header == null) {
            return null;
        }
        int h = header.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        String cached = headers[slot];
        if (cached != null && (cached == header || cached.equals(header))) {
            return parsed[slot];
        }
        misses++;
        UserAgent agent = UserAgentParser.parse(header);
        headers[slot] = header;
        parsed[slot] = agent;
        return agent;
    }

    public int size() {
        return headers.length;
    }

    public long misses() {
        return misses;
    }
}
