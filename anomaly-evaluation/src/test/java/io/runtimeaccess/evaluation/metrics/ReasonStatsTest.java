package io.runtimeaccess.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Detection;
import org.junit.jupiter.api.Test;

class ReasonStatsTest {

    @Test
    void listedShareIsPerInjectedCause() {
        ReasonStats s = new ReasonStats();
        s.record(Detection.IMPOSSIBLE_TRAVEL, Detection.NEW_NETWORK, true, true);
        s.record(Detection.IMPOSSIBLE_TRAVEL, Detection.NEW_NETWORK, false, true);
        s.record(Detection.IMPOSSIBLE_TRAVEL, Detection.IMPOSSIBLE_TRAVEL, true, true);
        s.record(Detection.NEW_NETWORK, Detection.NEW_NETWORK, true, true);
        assertEquals(2.0 / 3, s.listedShare(Detection.IMPOSSIBLE_TRAVEL), 1e-9);
        assertEquals(1.0, s.listedShare(Detection.NEW_NETWORK), 1e-9);
        assertTrue(Double.isNaN(s.listedShare(Detection.TOKEN_ANOMALY)));
        assertEquals(0.75, s.listedAccuracy(), 1e-9);
    }
}
