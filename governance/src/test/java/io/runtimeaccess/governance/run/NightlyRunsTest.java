package io.runtimeaccess.governance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NightlyRunsTest {

    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    @Test
    void aDailyRunTicksHourlySoANodeRestartedEveryDayStillRunsIt() {
        assertEquals(HOUR, NightlyRuns.tickMillis(DAY), "not a whole day after each start");
        assertEquals(HOUR, NightlyRuns.tickMillis(7 * DAY));
        assertEquals(5 * MINUTE, NightlyRuns.tickMillis(2 * HOUR));
        assertEquals(MINUTE, NightlyRuns.tickMillis(MINUTE), "never longer than the interval");
        assertEquals(30_000, NightlyRuns.tickMillis(30_000));
    }

    @Test
    void aRealmIsDueAboutAnIntervalAfterItsLastRunStarted() {
        long now = 10 * DAY;
        assertEquals(now - DAY + 30 * MINUTE, NightlyRuns.dueBefore(now, DAY), "half an hourly tick early at most");
        // a short interval ticks at the interval itself: two nodes ticking out of phase still run once per interval
        long due = NightlyRuns.dueBefore(now, MINUTE);
        assertEquals(now - 54_000, due);
        assertTrue(now - 35_000 >= due, "a run 35 s ago (the other node's) is recent: not due");
    }
}
