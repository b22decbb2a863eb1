package io.runtimeaccess.tickets.delivery;

import java.time.Duration;

/**
 * When the status of a delivered ticket is asked again. An open ticket is polled every {@code openEvery}. A resolved
 * ticket can be reopened in Jira, so it is still polled, but only every {@code resolvedEvery} (ten open polls by
 * default) and only for {@code resolvedFor} after it was resolved (30 days): after that a reopened issue is rare
 * enough, and the number of resolved tickets would otherwise only grow. One run asks Jira at most {@code batch}
 * times about statuses; resolved tickets get at most a fifth of that, so open tickets keep most of the run however
 * many were resolved lately.
 */
public record PollSchedule(Duration openEvery, Duration resolvedEvery, Duration resolvedFor, int batch) {

    public static final Duration DEFAULT_OPEN_EVERY = Duration.ofMinutes(5);
    public static final int RESOLVED_FACTOR = 10;
    public static final Duration DEFAULT_RESOLVED_FOR = Duration.ofDays(30);
    public static final int DEFAULT_BATCH = 100;
    public static final PollSchedule DEFAULT = new PollSchedule(DEFAULT_OPEN_EVERY,
            DEFAULT_OPEN_EVERY.multipliedBy(RESOLVED_FACTOR), DEFAULT_RESOLVED_FOR, DEFAULT_BATCH);

    public PollSchedule {
        if (!positive(openEvery) || !positive(resolvedEvery) || !positive(resolvedFor) || batch < 1) {
            throw new IllegalArgumentException("openEvery, resolvedEvery, resolvedFor > 0 and batch >= 1");
        }
    }

    /** An open ticket last polled at or before this instant (epoch millis) is due. */
    public long openPolledBefore(long now) {
        return now - openEvery.toMillis();
    }

    /** A resolved ticket last polled at or before this instant is due, if it was resolved recently enough. */
    public long resolvedPolledBefore(long now) {
        return now - resolvedEvery.toMillis();
    }

    /** A ticket resolved at or after this instant is still polled; one resolved earlier is left alone. */
    public long resolvedSince(long now) {
        return now - resolvedFor.toMillis();
    }

    /** How many resolved tickets one run may poll: a fifth of the batch, at least one. */
    public int resolvedLimit() {
        return Math.max(1, batch / 5);
    }

    /** How many open tickets one run may poll after {@code resolvedPolled} resolved ones: the rest of the batch. */
    public int openLimit(int resolvedPolled) {
        return Math.max(0, batch - Math.min(resolvedPolled, resolvedLimit()));
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
