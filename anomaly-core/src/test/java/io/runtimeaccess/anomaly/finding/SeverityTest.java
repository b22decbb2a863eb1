package io.runtimeaccess.anomaly.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityTest {

    /** Governance counts a user's serious findings by stored name: a CRITICAL one is at least as serious as HIGH. */
    @Test
    void highOrAboveIsHighAndCriticalByStoredName() {
        assertEquals(List.of(Severity.HIGH, Severity.CRITICAL), Arrays.stream(Severity.values())
                .filter(severity -> Severity.isHighOrAbove(severity.name())).toList());
        assertEquals(false, Severity.isHighOrAbove(null));
        assertEquals(false, Severity.isHighOrAbove("high"));
    }
}
