package io.runtimeaccess.tickets.delivery;

/**
 * The per-realm bound of the outbox. When a realm already has {@code capacity} undelivered tickets (Jira has been
 * down or refusing for long), a new one is refused rather than an old one dropped: the oldest waiting tickets are
 * the ones people have waited for longest, and a refused ticket is counted and logged, so an operator sees it.
 */
public record OutboxBound(int capacity) {

    public static final int DEFAULT_CAPACITY = 1000;

    public OutboxBound {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity >= 1");
        }
    }

    public boolean admits(long waiting) {
        return waiting < capacity;
    }

    /** How many more tickets a realm with {@code waiting} undelivered ones takes, 0 when full (or over). */
    public int room(long waiting) {
        return (int) Math.max(0, capacity - waiting);
    }
}
