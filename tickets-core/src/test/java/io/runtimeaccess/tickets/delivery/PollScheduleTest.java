package io.runtimeaccess.tickets.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final long NOW = 1_000_000_000_000L;
    private static final long MINUTE = 60_000L;
    private static final long DAY = 24 * 60 * MINUTE;

    private final PollSchedule schedule = PollSchedule.DEFAULT;

    @Test
    void defaultsPollResolvedTicketsEveryTenthOpenPollForThirtyDays() {
        assertEquals(Duration.ofMinutes(5), schedule.openEvery());
        assertEquals(Duration.ofMinutes(50), schedule.resolvedEvery());
        assertEquals(Duration.ofDays(30), schedule.resolvedFor());
        assertEquals(NOW - 5 * MINUTE, schedule.openPolledBefore(NOW));
        assertEquals(NOW - 50 * MINUTE, schedule.resolvedPolledBefore(NOW));
        assertEquals(NOW - 30 * DAY, schedule.resolvedSince(NOW));
    }

    @Test
    void theCutOffsFollowTheOptions() {
        PollSchedule quick = new PollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofHours(3), 10);
        assertEquals(NOW - 1000, quick.openPolledBefore(NOW));
        assertEquals(NOW - 2000, quick.resolvedPolledBefore(NOW));
        assertEquals(NOW - 3 * 60 * MINUTE, quick.resolvedSince(NOW));
    }

    @Test
    void oneRunStaysWithinTheBatchAndResolvedTicketsGetAFifth() {
        assertEquals(20, schedule.resolvedLimit());
        assertEquals(100, schedule.openLimit(0));
        assertEquals(93, schedule.openLimit(7));
        assertEquals(80, schedule.openLimit(20));
        assertEquals(80, schedule.openLimit(500), "never more than the batch in all");
        PollSchedule small = new PollSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(1), 3);
        assertEquals(1, small.resolvedLimit(), "a small batch still re-polls one resolved ticket");
        assertEquals(2, small.openLimit(1));
    }

    @Test
    void refusesEmptyDurationsAndBatches() {
        assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofDays(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(1),
                Duration.ofSeconds(-1), Duration.ofDays(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new PollSchedule(Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofDays(1), 0));
    }
}
