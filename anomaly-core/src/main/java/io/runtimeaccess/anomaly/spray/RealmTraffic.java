package io.runtimeaccess.anomaly.spray;

/**
 * A realm's sign-in traffic by minute (the last {@value #MINUTES}) and by hour (the last {@value #HOURS}):
 * successes, failed guesses, and the failures that are <em>unfamiliar</em> for the account they tried
 * (an unknown username, or a network the account never signed in from) and that no success from the same
 * address has resolved as a typo yet.
 *
 * <p>Two ratios are learned from closed hours with a half-life of {@value #HALF_LIFE_HOURS} hours: failures
 * per success, and unfamiliar failures per ordinary attempt (a success or a familiar failure). They turn
 * the traffic of any window into the failures a realm of this size would expect in it, so a Monday
 * morning with ten times the sign-ins also expects ten times the typos. An hour teaches at most {@value
 * #LEARN_FACTOR} times what was expected of it, plus a floor, so an attack does not teach that attacks
 * are normal.
 */
public final class RealmTraffic {

    static final int MINUTES = 64;
    static final int HOURS = 24;
    static final double HALF_LIFE_HOURS = 168;
    static final double LEARN_FACTOR = 2;
    /** Before a realm has history: one failure in ten sign-ins, one unfamiliar failure in a hundred attempts. */
    static final double PRIOR_FAILURES_PER_SUCCESS = 0.1;
    static final double PRIOR_UNFAMILIAR_PER_ATTEMPT = 0.01;
    /** The prior's weight, in sign-ins: a realm's own rates take over after a few hundred. */
    static final double PRIOR_WEIGHT = 200;

    private static final int SUCCESS = 0;
    private static final int FAILURE = 1;
    private static final int UNFAMILIAR = 2;
    private static final int UNKNOWN = 3;
    private static final int KINDS = 4;

    private final int[] minuteStamps = new int[MINUTES];
    private final int[] minuteCounts = new int[MINUTES * KINDS];
    private final int[] hourStamps = new int[HOURS];
    private final int[] hourCounts = new int[HOURS * KINDS];

    private double successes = PRIOR_WEIGHT;
    private double failures = PRIOR_WEIGHT * PRIOR_FAILURES_PER_SUCCESS;
    private double ordinary = PRIOR_WEIGHT;
    private double unfamiliar = PRIOR_WEIGHT * PRIOR_UNFAMILIAR_PER_ATTEMPT;
    private int lastHour = -1;
    /** Running totals since the scorer started: unfamiliar failures (less those resolved) and ordinary attempts. */
    private long totalUnfamiliar;
    private long totalOrdinary;

    public RealmTraffic() {
        java.util.Arrays.fill(minuteStamps, -1);
        java.util.Arrays.fill(hourStamps, -1);
    }

    public void success(int second) {
        add(second, SUCCESS, 1);
        totalOrdinary++;
    }

    /** A failed guess; {@code unfamiliar} for the account it tried, {@code unknownUser} when no account matched. */
    public void failure(int second, boolean unfamiliar, boolean unknownUser) {
        add(second, FAILURE, 1);
        if (unfamiliar) {
            add(second, UNFAMILIAR, 1);
            totalUnfamiliar++;
        } else {
            totalOrdinary++;
        }
        if (unknownUser) {
            add(second, UNKNOWN, 1);
        }
    }

    /** An unfamiliar failure at {@code failureSecond} turned out a typo: its account signed in from there. */
    public void resolveUnfamiliar(int failureSecond) {
        totalUnfamiliar--;
        totalOrdinary++;
        int minute = failureSecond / 60;
        int m = Math.floorMod(minute, MINUTES);
        if (minuteStamps[m] == minute && minuteCounts[m * KINDS + UNFAMILIAR] > 0) {
            minuteCounts[m * KINDS + UNFAMILIAR]--;
        }
        int hour = failureSecond / 3600;
        int h = Math.floorMod(hour, HOURS);
        if (hourStamps[h] == hour && hourCounts[h * KINDS + UNFAMILIAR] > 0) {
            hourCounts[h * KINDS + UNFAMILIAR]--;
        }
    }

    public int successes(int second, int windowSeconds) {
        return count(second, windowSeconds, SUCCESS);
    }

    public int failures(int second, int windowSeconds) {
        return count(second, windowSeconds, FAILURE);
    }

    public int unfamiliar(int second, int windowSeconds) {
        return count(second, windowSeconds, UNFAMILIAR);
    }

    public int unknownUsernames(int second, int windowSeconds) {
        return count(second, windowSeconds, UNKNOWN);
    }

    /** Successes and familiar failures: the attempts the realm's own users make. */
    public int ordinary(int second, int windowSeconds) {
        return successes(second, windowSeconds) + failures(second, windowSeconds) - unfamiliar(second, windowSeconds);
    }

    /** Unfamiliar failures, less those resolved, since the scorer started. */
    public long totalUnfamiliar() {
        return totalUnfamiliar;
    }

    /** Successes and familiar (or resolved) failures since the scorer started. */
    public long totalOrdinary() {
        return totalOrdinary;
    }

    public double failuresPerSuccess() {
        return failures / successes;
    }

    public double unfamiliarPerAttempt() {
        return unfamiliar / ordinary;
    }

    public long bytes() {
        return 16 + 2 * (16 + 4L * MINUTES) + 16 + 4L * MINUTES * KINDS + 2 * (16 + 4L * HOURS * KINDS) + 40;
    }

    /**
     * Events in the last {@code windowSeconds}: from the minute ring up to {@value #MINUTES} minutes, from
     * the hour ring (whole hours, the current one included) beyond.
     */
    private int count(int second, int windowSeconds, int kind) {
        int total = 0;
        if (windowSeconds <= MINUTES * 60) {
            int minute = second / 60;
            int minutes = Math.max(1, (windowSeconds + 59) / 60);
            for (int m = minute - minutes + 1; m <= minute; m++) {
                int slot = Math.floorMod(m, MINUTES);
                if (minuteStamps[slot] == m) {
                    total += minuteCounts[slot * KINDS + kind];
                }
            }
            return total;
        }
        int hour = second / 3600;
        int hours = Math.min(HOURS, (windowSeconds + 3599) / 3600);
        for (int h = hour - hours + 1; h <= hour; h++) {
            int slot = Math.floorMod(h, HOURS);
            if (hourStamps[slot] == h) {
                total += hourCounts[slot * KINDS + kind];
            }
        }
        return total;
    }

    private void add(int second, int kind, int n) {
        int minute = second / 60;
        int hour = second / 3600;
        roll(hour);
        int m = Math.floorMod(minute, MINUTES);
        if (minuteStamps[m] != minute) {
            if (minuteStamps[m] > minute) {
                return; // older than the ring: too late to count
            }
            minuteStamps[m] = minute;
            java.util.Arrays.fill(minuteCounts, m * KINDS, m * KINDS + KINDS, 0);
        }
        minuteCounts[m * KINDS + kind] += n;
        int h = Math.floorMod(hour, HOURS);
        if (hourStamps[h] != hour) {
            hourStamps[h] = hour;
            java.util.Arrays.fill(hourCounts, h * KINDS, h * KINDS + KINDS, 0);
        }
        hourCounts[h * KINDS + kind] += n;
    }

    /** Learns from the hours that closed since the last event. */
    private void roll(int hour) {
        if (lastHour < 0 || hour <= lastHour) {
            lastHour = Math.max(lastHour, hour);
            return;
        }
        for (int h = Math.max(lastHour, hour - HOURS); h < hour; h++) {
            int slot = Math.floorMod(h, HOURS);
            if (hourStamps[slot] == h) {
                learn(hourCounts[slot * KINDS + SUCCESS], hourCounts[slot * KINDS + FAILURE],
                        hourCounts[slot * KINDS + UNFAMILIAR]);
            }
        }
        double decay = Math.pow(0.5, (hour - lastHour) / HALF_LIFE_HOURS);
        successes *= decay;
        failures *= decay;
        ordinary *= decay;
        unfamiliar *= decay;
        lastHour = hour;
    }

    private void learn(int hourSuccesses, int hourFailures, int hourUnfamiliar) {
        int hourOrdinary = hourSuccesses + hourFailures - hourUnfamiliar;
        failures += Math.min(hourFailures, LEARN_FACTOR * failuresPerSuccess() * hourSuccesses + 1);
        successes += hourSuccesses;
        unfamiliar += Math.min(hourUnfamiliar, LEARN_FACTOR * unfamiliarPerAttempt() * hourOrdinary + 1);
        ordinary += hourOrdinary;
    }

    /** For tests: the learned sums, as if from history. */
    void restoreRates(double successes, double failures, double ordinary, double unfamiliar) {
        this.successes = successes;
        this.failures = failures;
        this.ordinary = ordinary;
        this.unfamiliar = unfamiliar;
    }
}
