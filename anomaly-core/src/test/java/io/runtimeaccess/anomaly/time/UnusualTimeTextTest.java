package io.runtimeaccess.anomaly.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reason's text names the part of the time that weighs more in the score. */
class UnusualTimeTextTest {

    @Test
    void theWeekdayIsNamedOnlyWhenItsHalfWeightIsMoreThanTheHours() {
        // the score counts 3 bits of hour and 2.5 of weekday: the hour is what made it unusual
        assertTrue(UnusualTime.hourWeighsMore(3.0, 5.0));
        assertFalse(UnusualTime.hourWeighsMore(2.0, 5.0));
        assertTrue(UnusualTime.hourWeighsMore(0.0, 0.0), "nothing either way: the hour");
    }
}
