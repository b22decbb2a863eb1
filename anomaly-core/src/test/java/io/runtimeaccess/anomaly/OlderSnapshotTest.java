package io.runtimeaccess.anomaly;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_DEVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.support.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Restores a snapshot written by the scorer before three changes of what the user state means: Safari's
 * minor version joined the browser version level, the exact header's key began to carry its build (the
 * header without version numbers), and the last sign-in got a mobile-carrier flag (a free bit of the
 * same flags byte, so the format stayed 1). The resource was written by that scorer from this realm: 20
 * users signing in daily at 9:00 UTC from 10.0.N.1 (Chrome 144 or Safari 26.2 on an iPhone), "safari" on
 * Safari 26.2 on a Mac from 10.0.100.1 at 9:30, and "phone" at 9:40 alternating between Chrome at home
 * (10.0.101.1, even days) and the iPhone on the carrier (10.1.DAY.9, odd days), for 20 days from 2 March
 * 2026; 10.0/16 is a home ISP (AS3320) and 10.1/16 a carrier (AS6805), both in Berlin.
 */
class OlderSnapshotTest {

    private static final String RESOURCE = "snapshot-format-1-model-1.0.0-before-build-keys.bin";
    private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/26.%d Safari/605.1.15";

    private static final String CHROME_144 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/144.0.0.0 Safari/537.36";

    private static final IpLocator LOCATOR = ip -> ip.startsWith("10.0.")
            ? new NetworkLocation("DE", null, "Berlin", 3320, "Deutsche Telekom AG", 52.52, 13.40, false, false)
            : ip.startsWith("10.1.")
                    ? new NetworkLocation("DE", null, "Berlin", 6805, "Telefonica Germany", 52.52, 13.40, false, true)
                    : NetworkLocation.UNKNOWN;

    private static int ids;

    private static AnomalyScorer restored() throws IOException {
        try (InputStream in = OlderSnapshotTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
            scorer.restore(in.readAllBytes());
            return scorer;
        }
    }

    private static UserEvent login(String user, long time, String ip, String agent) {
        return new UserEvent("old" + (++ids), time, "acme", user, user, UserEventType.LOGIN, ip, agent, null, null);
    }

    @Test
    void itRestoresAndTheUsualBrowserIsStillKnown() throws IOException {
        AnomalyScorer scorer = restored();
        assertEquals(22, scorer.activeUsers());
        assertFalse(scorer.profileOf("acme", "phone").lastMobile(), "not recorded then: no carrier excuse yet");

        long next = T0 + 20 * DAY + 9 * HOUR + 30 * MINUTE;
        Assessment usual = scorer.assess(login("safari", next, "10.0.100.1", String.format(SAFARI, 2)));
        Assessment updated = scorer.assess(login("safari", next + DAY, "10.0.100.1", String.format(SAFARI, 3)));

        Assessment chrome = scorer.assess(login("other0", next, "10.0.0.1", CHROME_144));
        assertNull(Scenario.reason(usual, NEW_DEVICE), usual.toString());
        assertNull(Scenario.reason(chrome, NEW_DEVICE), "its key then was the plain header hash: " + chrome);
        Reason update = Scenario.reason(updated, NEW_DEVICE);
        assertTrue(update == null || update.text().contains("an update from version 26.2"), updated.toString());
        assertTrue(updated.score() < ScorerSettings.defaults().mediumFrom(), updated.toString());
    }

    @Test
    void whatItWritesNowRestoresToo() throws IOException {
        AnomalyScorer scorer = restored();
        scorer.assess(login("phone", T0 + 20 * DAY + 9 * HOUR + 40 * MINUTE, "10.1.20.9",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/26.2 Mobile/15E148 Safari/604.1"));
        assertTrue(scorer.profileOf("acme", "phone").lastMobile());

        AnomalyScorer again = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        again.restore(scorer.snapshot());

        assertEquals(22, again.activeUsers());
        assertTrue(again.profileOf("acme", "phone").lastMobile(), "the carrier flag survives a restart");
        assertNull(Scenario.reason(again.assess(login("safari", T0 + 21 * DAY + 9 * HOUR, "10.0.100.1",
                String.format(SAFARI, 2))), NEW_DEVICE));
    }
}
