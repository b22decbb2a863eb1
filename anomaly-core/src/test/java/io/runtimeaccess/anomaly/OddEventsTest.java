package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.support.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events with missing or odd fields are scored, never thrown on. */
class OddEventsTest {

    private final AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), ip -> NetworkLocation.UNKNOWN);

    @Test
    void missingFieldsAreTolerated() {
        long t = Events.T0;
        List<UserEvent> events = List.of(
                new UserEvent("1", t, null, null, null, UserEventType.LOGIN, null, null, null, null),
                new UserEvent("2", t, "r", "u", "u", UserEventType.LOGIN, "2001:db8::1", "", "s", null),
                new UserEvent("3", t, "r", null, null, UserEventType.LOGIN_ERROR, null, null, null, null),
                new UserEvent("4", t, "r", "u", "u", UserEventType.LOGIN_ERROR, "not an ip", "x", null, "cookie_not_found"),
                new UserEvent("5", t, "r", "u", "u", UserEventType.REFRESH_TOKEN, "10.0.0.1", null, "unknown", null),
                new UserEvent("6", t, "r", "u", "u", UserEventType.CODE_TO_TOKEN, "10.0.0.1", null, null, "invalid_code"),
                new UserEvent("7", t, "r", "u", "u", UserEventType.LOGOUT, null, null, "s", null),
                new UserEvent("8", t, "r", "u", "u", UserEventType.UPDATE_PASSWORD, "::ffff:10.0.0.1", null, null, null),
                new UserEvent("9", t, "r", "u", "u", UserEventType.OTHER, "fe80::1%eth0", null, null, null),
                new UserEvent("10", t, "r", "idp-user", "idp-user", UserEventType.IDENTITY_PROVIDER_LOGIN, "10.0.0.2", null,
                        null, null));
        for (UserEvent event : events) {
            Assessment assessment = scorer.assess(event);
            assertEquals(event.id(), assessment.eventId());
            assertEquals(AnomalyScorer.MODEL_VERSION, assessment.modelVersion());
            assertTrue(assessment.score() >= 0 && assessment.score() <= 100);
            assertTrue(assessment.coveredEventIds().contains(event.id()));
        }
        Assessment admin = scorer.assess(new AdminAction("a", t, null, null, null, AdminOperation.ACTION, null, null, null,
                null));
        assertEquals(Severity.NONE, admin.severity());
        scorer.dismissed(admin);
        assertEquals(3, scorer.activeUsers());
        scorer.restore(scorer.snapshot());
        assertEquals(3, scorer.activeUsers());
    }
}
