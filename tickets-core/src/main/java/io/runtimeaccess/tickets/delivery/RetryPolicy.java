package io.runtimeaccess.tickets.delivery;

import java.time.Duration;

/**
 * When to try a failed delivery again: exponential backoff from {@code first}, doubling per attempt up to
 * {@code ceiling}, for at most {@code maxAttempts} attempts. A timeout, a refused connection, 408, 429 and any 5xx
 * are worth another attempt; any other answer (a 400 for a wrong field, a 401 for a revoked token) will not change
 * by waiting, so the delivery fails at once and shows its answer in the outbox.
 */
public record RetryPolicy(Duration first, Duration ceiling, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("first > 0, ceiling >= first, maxAttempts >= 1");
        }
    }

    /** What to do after {@code attempts} failed attempts, the last one answered {@code status} (0: no answer). */
    public Next after(int attempts, int status, Duration retryAfter) {
        if (!retryable(status) || attempts >= maxAttempts) {
            return Next.GIVE_UP;
        }
        Duration delay = backoff(attempts);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(ceiling) < 0 ? retryAfter : ceiling;
        }
        return new Next(delay);
    }

    /** The wait after the n-th failed attempt (n >= 1): first, 2 first, 4 first, ... never above the ceiling. */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis > ceiling.toMillis() ? ceiling : Duration.ofMillis(millis);
    }

    public static boolean retryable(int status) {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }

    /** Try again after {@code delay}, or give up when the delay is null. */
    public record Next(Duration delay) {
        public static final Next GIVE_UP = new Next(null);

        public boolean retry() {
            return delay != null;
        }
    }
}
