package io.runtimeaccess.anomaly.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.score.Evidence;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each way of making a realm record less is its own reason; making it record more, or the same, is none. */
class AuditTamperingTest {

    private static final long DAY = 86_400;
    /** Everything on, events kept 30 days, admin events for ever. */
    private static final AuditSettings FULL = new AuditSettings(true, true, true, true, 30 * DAY, 0);
    private static final NetworkLocation BERLIN = new NetworkLocation("DE", null, "Berlin", 3320, "Deutsche Telekom AG",
            52.5, 13.4, false);

    private final AuditTampering tampering = new AuditTampering(ScorerSettings.defaults().severityBands(), Severity.HIGH);

    @Test
    void removingTheListenerIsHighWithTheAdminAndTheirNetwork() {
        Assessment a = tampering.assess(change(FULL, new AuditSettings(false, true, true, true, 30 * DAY, 0)), BERLIN);
        assertEquals(Severity.HIGH, a.severity());
        assertEquals(70, a.score());
        assertEquals("admin-1", a.userId());
        assertEquals(Activity.ADMIN_ACTION, a.activity());
        assertEquals(List.of("e1"), a.coveredEventIds());
        Reason reason = a.topReason();
        assertEquals(Detection.AUDIT_TAMPERING, reason.detection());
        assertEquals("Removed the runtime-access-events listener", reason.text());
        assertEquals("eventsListeners", reason.evidence().get(Evidence.SETTING));
        assertEquals("listed", reason.evidence().get(Evidence.BEFORE));
        assertEquals("removed", reason.evidence().get(Evidence.AFTER));
        assertEquals("admin-1", reason.evidence().get(Evidence.ADMIN_USER));
        assertEquals("81.2.69.160", reason.evidence().get(Evidence.IP));
        assertEquals("81.2.69.0/24", reason.evidence().get(Evidence.ADMIN_NETWORK));
        assertEquals("DE", reason.evidence().get(Evidence.COUNTRY));
        assertEquals("AS3320", reason.evidence().get(Evidence.ASN));
        assertEquals("Deutsche Telekom AG", reason.evidence().get(Evidence.AS_ORG));
    }

    @Test
    void everyWeakenedSettingIsAReasonOfItsOwn() {
        Assessment a = tampering.assess(change(FULL, new AuditSettings(true, false, false, false, 3_600, 7 * DAY)),
                NetworkLocation.UNKNOWN);
        assertEquals(List.of("Turned off user events", "Turned off admin events",
                "Turned off the representation (details) in admin events",
                "Event expiry shortened from 30 days to 1 hour", "Admin event expiry shortened from never to 7 days"),
                texts(a));
        assertEquals(Severity.HIGH, a.severity());
        assertEquals("eventsEnabled, adminEventsEnabled, adminEventsDetailsEnabled, eventsExpiration, "
                + "adminEventsExpiration", a.topReason().evidence().get(Evidence.CHANGED_SETTINGS));
        // An address the tables do not know: no country or AS is made up.
        assertNull(a.topReason().evidence().get(Evidence.COUNTRY));
        assertNull(a.topReason().evidence().get(Evidence.ASN));
    }

    @Test
    void anExpiryWhereThereWasNoneIsShorter() {
        AuditSettings never = new AuditSettings(true, true, true, true, 0, 0);
        Assessment a = tampering.assess(change(never, new AuditSettings(true, true, true, true, 90 * 60, 0)), BERLIN);
        assertEquals(List.of("Event expiry shortened from never to 90 minutes"), texts(a));
    }

    @Test
    void recordingMoreOrTheSameRaisesNothing() {
        AuditSettings little = new AuditSettings(false, false, false, false, 3_600, 60);
        assertNull(tampering.assess(change(FULL, FULL), BERLIN));
        assertNull(tampering.assess(change(little, FULL), BERLIN), "turning things on and keeping events longer");
        assertNull(tampering.assess(change(FULL, new AuditSettings(true, true, true, true, 0, 0)), BERLIN),
                "no expiry is longer than any");
        assertNull(tampering.assess(change(FULL, new AuditSettings(true, true, true, true, 60 * DAY, 0)), BERLIN));
    }

    @Test
    void theSeverityIsConfigurableAndItsScoreFallsInItsBand() {
        AuditSettings off = new AuditSettings(true, true, false, true, 30 * DAY, 0);
        Assessment critical = new AuditTampering(ScorerSettings.defaults().severityBands(), Severity.CRITICAL)
                .assess(change(FULL, off), BERLIN);
        assertEquals(Severity.CRITICAL, critical.severity());
        assertEquals(90, critical.score());
        assertEquals(50, new AuditTampering(ScorerSettings.defaults().severityBands(), Severity.MEDIUM).assess(change(FULL, off), BERLIN)
                .score());
        assertThrows(IllegalArgumentException.class,
                () -> new AuditTampering(ScorerSettings.defaults().severityBands(), Severity.NONE));
    }

    @Test
    void durationsAreExactInTheLargestUnitThatDivides() {
        assertEquals("never", AuditTampering.duration(0));
        assertEquals("1 day", AuditTampering.duration(DAY));
        assertEquals("25 hours", AuditTampering.duration(25 * 3_600));
        assertEquals("1 minute", AuditTampering.duration(60));
        assertEquals("61 seconds", AuditTampering.duration(61));
    }

    private static AuditChange change(AuditSettings before, AuditSettings after) {
        return new AuditChange("e1", 1_700_000_000_000L, "realm-1", "admin-1", "81.2.69.160", before, after);
    }

    private static List<String> texts(Assessment assessment) {
        return assessment.reasons().stream().map(Reason::text).collect(Collectors.toList());
    }
}
