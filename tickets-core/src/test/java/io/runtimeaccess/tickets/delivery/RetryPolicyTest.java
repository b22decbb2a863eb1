package io.runtimeaccess.tickets.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 5);

    @Test
    void backoffDoublesUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(1), policy.backoff(1));
        assertEquals(Duration.ofSeconds(2), policy.backoff(2));
        assertEquals(Duration.ofSeconds(8), policy.backoff(4));
        assertEquals(Duration.ofSeconds(10), policy.backoff(5));
        assertEquals(Duration.ofSeconds(10), policy.backoff(200), "no overflow");
    }

    @Test
    void onlyPassingFailuresAreRetriedAndOnlyUpToTheLimit() {
        assertTrue(policy.after(1, 500, null).retry());
        assertTrue(policy.after(1, 0, null).retry());
        assertTrue(policy.after(1, 429, null).retry());
        assertFalse(policy.after(1, 400, null).retry());
        assertFalse(policy.after(1, 401, null).retry());
        assertFalse(policy.after(5, 503, null).retry());
    }

    @Test
    void retryAfterIsHonouredUpToTheCeiling() {
        assertEquals(Duration.ofSeconds(7), policy.after(1, 429, Duration.ofSeconds(7)).delay());
        assertEquals(Duration.ofSeconds(10), policy.after(1, 429, Duration.ofHours(7)).delay());
        assertEquals(Duration.ofSeconds(2), policy.after(2, 503, Duration.ofMillis(5)).delay());
    }

    @Test
    void theOutboxRefusesOnceFull() {
        OutboxBound bound = new OutboxBound(2);
        assertTrue(bound.admits(1));
        assertFalse(bound.admits(2));
        assertEquals(2, bound.room(0));
        assertEquals(1, bound.room(1));
        assertEquals(0, bound.room(2));
        assertEquals(0, bound.room(5), "a smaller capacity set after the outbox filled leaves no room, not less");
    }
}
