package io.runtimeaccess.anomaly.spray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recent failed sign-ins of one source or one username: a ring of (who, when, flags, event id) that
 * starts at {@value #INITIAL} entries and doubles up to {@value #MAX} (older failures are overwritten
 * first), plus long-term counters. "Who" is the other side: the username for a source's window, the
 * address for a username's window.
 *
 * <p>The long-term counters are exponentially decayed: failures with a half-life of a day (the source's
 * usual failure rate, so a busy ISP or office is compared with itself) and successes with a half-life
 * of the spray window (many users succeeding here means a shared egress, not a sprayer).
 */
public final class FailureWindow {

    static final int INITIAL = 4;
    static final int MAX = 64;
    static final byte UNKNOWN_USER = 1;
    static final byte RESOLVED = 2;
    /** The failure was unfamiliar for its account and counts in {@link RealmTraffic} until resolved. */
    static final byte UNFAMILIAR = 4;
    static final double FAILURE_HALF_LIFE_SECONDS = 86_400;

    private int[] who = new int[INITIAL];
    private int[] seconds = new int[INITIAL];
    private byte[] flags = new byte[INITIAL];
    private String[] eventIds = new String[INITIAL];
    private int next;
    private int size;

    private float decayedFailures;
    private int failuresStamp;
    private float decayedSuccesses;
    private int successesStamp;

    /** Records a failure; {@code unknownUser} when the username matched no account. */
    public void addFailure(int who, int second, boolean unknownUser, String eventId) {
        addFailure(who, second, unknownUser, eventId, false);
    }

    /** Records a failure; {@code unfamiliar} when it counts as such in the realm's {@link RealmTraffic}. */
    public void addFailure(int who, int second, boolean unknownUser, String eventId, boolean unfamiliar) {
        if (size == this.who.length && size < MAX) {
            grow();
        }
        int at;
        if (size < this.who.length) {
            at = size++;
        } else {
            at = next; // full at MAX: overwrite the oldest
            next = (next + 1) % this.who.length;
        }
        this.who[at] = who;
        this.seconds[at] = second;
        this.flags[at] = (byte) ((unknownUser ? UNKNOWN_USER : 0) | (unfamiliar ? UNFAMILIAR : 0));
        this.eventIds[at] = eventId;
        decayedFailures = (float) (decay(decayedFailures, second - failuresStamp, FAILURE_HALF_LIFE_SECONDS) + 1);
        failuresStamp = Math.max(failuresStamp, second);
    }

    /** A success of {@code who}: its recent failures here were typos, not part of an attack. */
    public void addSuccess(int who, int second, int windowSeconds) {
        addSuccess(who, second, windowSeconds, null);
    }

    /** As {@link #addSuccess(int, int, int)}; resolved unfamiliar failures leave {@code traffic}'s count. */
    public void addSuccess(int who, int second, int windowSeconds, RealmTraffic traffic) {
        for (int i = 0; i < size; i++) {
            if (this.who[i] == who && second - seconds[i] <= windowSeconds) {
                if (traffic != null && (flags[i] & (UNFAMILIAR | RESOLVED)) == UNFAMILIAR) {
                    traffic.resolveUnfamiliar(seconds[i]);
                }
                flags[i] |= RESOLVED;
            }
        }
        decayedSuccesses = (float) (decay(decayedSuccesses, second - successesStamp, windowSeconds) + 1);
        successesStamp = Math.max(successesStamp, second);
    }

    /** Distinct "who" with an unresolved failure in the window, not counting {@code except}. */
    public int distinct(int second, int windowSeconds, int except) {
        return distinct(second, windowSeconds, except, (byte) 0);
    }

    /** Distinct "who" among the window's unresolved failures flagged as unknown usernames. */
    public int distinctUnknown(int second, int windowSeconds) {
        return distinct(second, windowSeconds, 0, UNKNOWN_USER);
    }

    private int distinct(int second, int windowSeconds, int except, byte required) {
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (!counts(i, second, windowSeconds) || who[i] == except || (flags[i] & required) != required) {
                continue;
            }
            boolean seenBefore = false;
            for (int j = 0; j < i && !seenBefore; j++) {
                seenBefore = who[j] == who[i] && counts(j, second, windowSeconds);
            }
            if (!seenBefore) {
                distinct++;
            }
        }
        return distinct;
    }

    /** Whether an unresolved failure in the window was counted as unfamiliar already. */
    public boolean hasUnfamiliar(int second, int windowSeconds) {
        for (int i = 0; i < size; i++) {
            if (counts(i, second, windowSeconds) && (flags[i] & UNFAMILIAR) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Unresolved failures in the window. */
    public int failures(int second, int windowSeconds) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (counts(i, second, windowSeconds)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The usual number of failures in a window of this length, from the decayed long-term count minus
     * the failures in the current window (so a burst does not raise its own bar).
     */
    public double usualPerWindow(int second, int windowSeconds) {
        double longTerm = decay(decayedFailures, second - failuresStamp, FAILURE_HALF_LIFE_SECONDS);
        double before = Math.max(0, longTerm - failures(second, windowSeconds));
        return before * Math.log(2) * windowSeconds / FAILURE_HALF_LIFE_SECONDS;
    }

    /** Successes in about the last window (decayed with the window as half-life). */
    public double recentSuccesses(int second, int windowSeconds) {
        return decay(decayedSuccesses, second - successesStamp, windowSeconds);
    }

    /** Event ids of the window's unresolved failures, newest last, at most {@code max}. */
    public List<String> eventIds(int second, int windowSeconds, int max) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < size && ids.size() < max; k++) {
            int i = (next + size - 1 - k) % size; // newest first; next is 0 until the ring wraps
            if (counts(i, second, windowSeconds) && eventIds[i] != null) {
                ids.add(eventIds[i]);
            }
        }
        java.util.Collections.reverse(ids);
        return ids;
    }

    /** Forgets the failures (a dismissal said they were fine). */
    public void clearFailures() {
        size = 0;
        next = 0;
        Arrays.fill(eventIds, null);
    }

    /** When this window last saw a failure or a success. */
    public int lastSecond() {
        return Math.max(failuresStamp, successesStamp);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Heap bytes of this window, counting the event id strings it keeps alive (~80 bytes each). */
    public long bytes() {
        int n = who.length;
        return 48 + 3 * (16 + 4L * n) + (16 + n) + 80L * countIds();
    }

    private int countIds() {
        int ids = 0;
        for (int i = 0; i < size; i++) {
            if (eventIds[i] != null) {
                ids++;
            }
        }
        return ids;
    }

    private boolean counts(int i, int second, int windowSeconds) {
        int age = second - seconds[i];
        return age >= 0 && age <= windowSeconds && (flags[i] & RESOLVED) == 0;
    }

    /** Doubles the ring; only called before it ever wrapped, so the entries are in insertion order. */
    private void grow() {
        int n = Math.min(MAX, who.length * 2);
        who = Arrays.copyOf(who, n);
        seconds = Arrays.copyOf(seconds, n);
        flags = Arrays.copyOf(flags, n);
        eventIds = Arrays.copyOf(eventIds, n);
    }

    private static double decay(double value, int elapsedSeconds, double halfLifeSeconds) {
        if (elapsedSeconds <= 0 || value == 0) {
            return value;
        }
        return value * Math.pow(0.5, elapsedSeconds / halfLifeSeconds);
    }
}
