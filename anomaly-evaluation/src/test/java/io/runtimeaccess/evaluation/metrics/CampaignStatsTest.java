package io.runtimeaccess.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import org.junit.jupiter.api.Test;

class CampaignStatsTest {

    @Test
    void attemptsAndSecondsToTheFirstAlert() {
        CampaignStats c = new CampaignStats("spray-0", Scenario.PASSWORD_SPRAY, 1_000_000);
        c.record(1_000_000, false, false, null);
        c.record(1_010_000, false, false, null);
        c.record(1_025_500, false, true, Detection.PASSWORD_SPRAY);
        c.record(1_030_000, true, true, Detection.PASSWORD_SPRAY);
        c.record(1_031_000, true, false, null);
        assertTrue(c.detected());
        assertEquals(3, c.attemptsToDetection());
        assertEquals(25.5, c.secondsToDetection(), 1e-9);
        assertEquals(Detection.PASSWORD_SPRAY, c.firstAlertReason());
        assertEquals(5, c.attempts());
        assertEquals(2, c.successes());
        assertEquals(1, c.successesAlerted());
        assertEquals(1_031_000, c.lastMillis());
    }

    @Test
    void neverAlerted() {
        CampaignStats c = new CampaignStats("b", Scenario.BRUTE_FORCE, 0);
        c.record(0, false, false, null);
        assertFalse(c.detected());
        assertEquals(-1, c.attemptsToDetection());
        assertEquals(-1, c.secondsToDetection(), 0);
    }

    @Test
    void reasonAccuracy() {
        ReasonStats s = new ReasonStats();
        s.record(Detection.NEW_DEVICE, Detection.NEW_DEVICE, true, true);
        s.record(Detection.NEW_DEVICE, Detection.NEW_NETWORK, true, true);
        s.record(Detection.NEW_DEVICE, Detection.NEW_NETWORK, false, false);
        s.record(Detection.NEW_DEVICE, null, false, false);
        assertEquals(0.25, s.topAccuracy(), 1e-12);
        assertEquals(0.5, s.listedAccuracy(), 1e-12);
        assertEquals(0.5, s.alertedTopAccuracy(), 1e-12);
        assertEquals(2L, s.topReasons().get(Detection.NEW_NETWORK));
        assertEquals(1, s.noReason());
    }
}
