package io.runtimeaccess.anomaly.spray;

/**
 * A realm's failed sign-ins per minute over the last {@value #MINUTES} minutes, and its usual rate:
 * an exponentially weighted average per minute (about a day of memory; faster while the realm is new,
 * so the first hour already has a baseline). A minute counts into the average only up to the spike
 * factor times the usual plus a small floor, whatever the history, so neither a long attack nor the
 * first burst a new realm ever sees (its first minute has full weight) teaches the realm that attacks
 * are normal.
 */
public final class RealmFailures {

    static final int MINUTES = 64;
    /** Weight of one minute in the usual rate once the realm has a day of history. */
    static final double SLOWEST_ALPHA = 1.0 / 1440;

    private final int[] counts = new int[MINUTES];
    private final int[] stamps = new int[MINUTES];
    private double usualPerMinute;
    private long minutesSeen;
    private int lastMinute = -1;
    private int spikeUntil = -1;
    private int spikeFailures;

    /**
     * Counts a failure at this second. One minute teaches the usual at most {@code spikeFactor} times the
     * usual plus {@code floorPerMinute}: the rate a realm can learn from nothing.
     */
    public void record(int second, double spikeFactor, double floorPerMinute) {
        int minute = second / 60;
        roll(minute, spikeFactor, floorPerMinute);
        int slot = Math.floorMod(minute, MINUTES);
        if (stamps[slot] != minute) {
            stamps[slot] = minute;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Failures in the last {@code windowSeconds} (at minute resolution, at most {@value #MINUTES} minutes). */
    public int recent(int second, int windowSeconds) {
        int minute = second / 60;
        int minutes = Math.max(1, Math.min(MINUTES, (windowSeconds + 59) / 60));
        int total = 0;
        for (int m = minute - minutes + 1; m <= minute; m++) {
            int slot = Math.floorMod(m, MINUTES);
            if (stamps[slot] == m) {
                total += counts[slot];
            }
        }
        return total;
    }

    public double usualPerMinute() {
        return usualPerMinute;
    }

    /** Marks a spike seen at {@code second}, remembered until {@code until}. */
    public void markSpike(int second, int until, int failures) {
        spikeFailures = inSpike(second) ? Math.max(spikeFailures, failures) : failures;
        spikeUntil = Math.max(spikeUntil, until);
    }

    public boolean inSpike(int second) {
        return second <= spikeUntil;
    }

    public int spikeFailures() {
        return spikeFailures;
    }

    /** Forgets the spike (a dismissal said it was fine). */
    public void clearSpike() {
        spikeUntil = -1;
        spikeFailures = 0;
    }

    /** The learned usual rate and how many minutes it has seen, for snapshots. */
    public long minutesSeen() {
        return minutesSeen;
    }

    public void restoreUsual(double usualPerMinute, long minutesSeen) {
        this.usualPerMinute = usualPerMinute;
        this.minutesSeen = minutesSeen;
    }

    public long bytes() {
        return 16 + 2 * (16 + 4L * MINUTES) + 48;
    }

    /** Moves the usual rate forward through the minutes that ended since the last failure. */
    private void roll(int minute, double spikeFactor, double floorPerMinute) {
        if (lastMinute < 0) {
            lastMinute = minute;
            return;
        }
        int gap = minute - lastMinute;
        int stepped = Math.max(0, Math.min(gap, MINUTES));
        for (int m = lastMinute; m < lastMinute + stepped; m++) {
            int slot = Math.floorMod(m, MINUTES);
            int count = stamps[slot] == m ? counts[slot] : 0;
            double alpha = Math.max(SLOWEST_ALPHA, 1.0 / (minutesSeen + 1));
            double capped = Math.min(count, spikeFactor * usualPerMinute + floorPerMinute);
            usualPerMinute += alpha * (capped - usualPerMinute);
            minutesSeen++;
        }
        int quiet = gap - stepped;
        if (quiet > 0) {
            // minutes without any failure: decay toward zero in closed form
            usualPerMinute *= Math.pow(1 - SLOWEST_ALPHA, quiet);
            minutesSeen += quiet;
        }
        lastMinute = Math.max(lastMinute, minute);
    }
}
