package io.runtimeaccess.anomaly;

import static io.runtimeaccess.anomaly.finding.Detection.TOKEN_ANOMALY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.nio.ByteBuffer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Restores a format-3 snapshot, whose sessions have no browser keys. The resource was written by the
 * 1.1.0 scorer: "alice" signed in daily at 9:00 UTC for 10 days from 2 March 2026 with Chrome 144 from
 * 10.0.0.1 (a home ISP, AS3320, Berlin), day N in session "session-N"; 10.1/16 is a carrier (AS6805).
 */
class FormatThreeSessionsTest {

    private static final String RESOURCE = "snapshot-format-3-model-1.1.0-sessions-without-agents.bin";
    private static final long LAST_SIGN_IN = Instant.parse("2026-03-11T09:00:00Z").toEpochMilli();

    private static final IpLocator LOCATOR = ip -> ip.startsWith("10.0.")
            ? new NetworkLocation("DE", null, "Berlin", 3320, "Deutsche Telekom AG", 52.52, 13.40, false, false)
            : ip.startsWith("10.1.")
                    ? new NetworkLocation("DE", null, "Berlin", 6805, "Telefonica Germany", 52.52, 13.40, false, true)
                    : NetworkLocation.UNKNOWN;

    @Test
    void itsSessionsAreComparedByNetworkAloneAndWrittenBackInTheCurrentFormat() throws IOException {
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), LOCATOR);
        try (InputStream in = FormatThreeSessionsTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            byte[] bytes = in.readAllBytes();
            assertEquals(3, ByteBuffer.wrap(bytes).getShort(4));
            scorer.restore(bytes);
        }

        Assessment refresh = scorer.assess(new UserEvent("f3-1", LAST_SIGN_IN + 20 * 60_000L, "acme", "alice", "alice",
                UserEventType.REFRESH_TOKEN, "10.1.4.4", "python-requests/2.32.3", "session-9", null));

        Reason reason = Scenario.reason(refresh, TOKEN_ANOMALY);
        assertNotNull(reason, refresh.toString());
        assertTrue(refresh.score() < 40, "no browser known for the session, so no other-client evidence: " + refresh);
        assertFalse(reason.text().contains("not the session's"), reason.text());
        assertEquals(Snapshots.VERSION, ByteBuffer.wrap(scorer.snapshot()).getShort(4));
    }
}
