package io.runtimeaccess.tickets.sink;

import io.runtimeaccess.tickets.delivery.OutboxBound;
import io.runtimeaccess.tickets.delivery.PollSchedule;
import io.runtimeaccess.tickets.delivery.RetryPolicy;
import java.time.Duration;

/**
 * The server's options for every realm's sink, read once at start-up (see the registration's SPI options): how often
 * the outbox is delivered, how often open and lately resolved tickets' status is polled, the retry policy, the outbox bound, the HTTP
 * timeout, and the opt-in for a plain-HTTP Jira on localhost (for tests; off by default).
 */
public record SinkOptions(Duration deliveryInterval, PollSchedule poll, RetryPolicy retry, OutboxBound bound,
        Duration timeout, boolean allowHttpLocalhost) {

    public static final SinkOptions DEFAULT = new SinkOptions(Duration.ofSeconds(30), PollSchedule.DEFAULT,
            RetryPolicy.DEFAULT, new OutboxBound(OutboxBound.DEFAULT_CAPACITY), Duration.ofSeconds(10), false);

    private static volatile SinkOptions current = DEFAULT;

    public static SinkOptions current() {
        return current;
    }

    /** Set by the registration when the server starts. */
    public static void use(SinkOptions options) {
        current = options;
    }
}
