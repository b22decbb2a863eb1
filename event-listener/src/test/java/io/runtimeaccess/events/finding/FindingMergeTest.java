package io.runtimeaccess.events.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.score.Evidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingMergeTest {

    private static Assessment spray(String eventId, long time, int score, Severity severity, String source) {
        return new Assessment(eventId, "realm", null, time, score, severity,
                List.of(new Reason(Detection.PASSWORD_SPRAY, score, "spray from " + source, Map.of("source", source))),
                List.of(eventId), "1.0.0");
    }

    @Test
    void anIncidentIsOneDetectionOneUserOneSource() {
        String first = FindingRecorder.incidentKey(spray("e1", 1, 60, Severity.MEDIUM, "192.0.2.9"));
        assertEquals(first, FindingRecorder.incidentKey(spray("e2", 2, 90, Severity.CRITICAL, "192.0.2.9")));
        assertNotEquals(first, FindingRecorder.incidentKey(spray("e3", 3, 60, Severity.MEDIUM, "192.0.2.10")));
        assertEquals("PASSWORD_SPRAY||192.0.2.9", first);
    }

    /** Keycloak names the account tried on a failed sign-in: a spray over real accounts is still one incident. */
    @Test
    void aSprayOverExistingAccountsIsOneIncidentPerSource() {
        String first = FindingRecorder.incidentKey(sprayOn("u1", Detection.PASSWORD_SPRAY, "192.0.2.9"));
        assertEquals(first, FindingRecorder.incidentKey(sprayOn("u2", Detection.PASSWORD_SPRAY, "192.0.2.9")));
        assertEquals(FindingRecorder.incidentKey(spray("e1", 1, 60, Severity.MEDIUM, "192.0.2.9")), first);
        assertEquals(FindingRecorder.incidentKey(sprayOn("u1", Detection.DISTRIBUTED_SPRAY, "198.51.100.0/24")),
                FindingRecorder.incidentKey(sprayOn("u2", Detection.DISTRIBUTED_SPRAY, "198.51.100.0/24")));
        // guessing one account's password stays that account's incident
        assertNotEquals(FindingRecorder.incidentKey(sprayOn("u1", Detection.BRUTE_FORCE, "192.0.2.9")),
                FindingRecorder.incidentKey(sprayOn("u2", Detection.BRUTE_FORCE, "192.0.2.9")));
    }

    /**
     * The guessed password is an incident of its own: merged into the failures' finding it would raise no severity,
     * and get no response. After a spray it names the account that signed in, not the first one tried.
     */
    @Test
    void aSignInAfterFailuresIsAnIncidentOfItsOwnAboutTheAccountThatSignedIn() {
        for (Detection detection : new Detection[] {Detection.BRUTE_FORCE, Detection.PASSWORD_SPRAY}) {
            String failures = FindingRecorder.incidentKey(sprayOn("u1", detection, "192.0.2.9"));
            String signedIn = FindingRecorder.incidentKey(signIn("u1", detection, "192.0.2.9"));
            assertNotEquals(failures, signedIn, detection.name());
            assertEquals(signedIn, FindingRecorder.incidentKey(signIn("u1", detection, "192.0.2.9")));
            assertNotEquals(signedIn, FindingRecorder.incidentKey(signIn("u2", detection, "192.0.2.9")));
        }
        assertEquals("PASSWORD_SPRAY|u2|192.0.2.9|signed-in",
                FindingRecorder.incidentKey(signIn("u2", Detection.PASSWORD_SPRAY, "192.0.2.9")));
        // detections of what a signed-in user did keep their one incident
        assertEquals("NEW_NETWORK|u1|192.0.2.9", FindingRecorder.incidentKey(signIn("u1", Detection.NEW_NETWORK,
                "192.0.2.9")));
    }

    /** A spray's failures are about their source: its finding names no account tried and locks out none. */
    @Test
    void onlyASpraysFailuresAreAboutTheirSourceRatherThanTheAccountTried() {
        assertTrue(FindingRecorder.aboutTheSource(sprayOn("u1", Detection.PASSWORD_SPRAY, "192.0.2.9")));
        assertTrue(FindingRecorder.aboutTheSource(realmWide("u1")));
        assertFalse(FindingRecorder.aboutTheSource(sprayOn("u1", Detection.BRUTE_FORCE, "192.0.2.9")));
        assertFalse(FindingRecorder.aboutTheSource(signIn("u1", Detection.PASSWORD_SPRAY, "192.0.2.9")));
    }

    /** Guessing at usernames the realm does not have: each name tried is an incident of its own. */
    @Test
    void guessesAtUnknownUsernamesAreOneIncidentPerNameTried() {
        String admin = FindingRecorder.incidentKey(guessAt("admin"));
        assertEquals(admin, FindingRecorder.incidentKey(guessAt("admin")));
        assertNotEquals(admin, FindingRecorder.incidentKey(guessAt("root")));
        assertEquals("BRUTE_FORCE|name:admin|", admin);
    }

    private static Assessment guessAt(String username) {
        return new Assessment("g-" + username, "realm", null, 1, 60, Severity.MEDIUM,
                List.of(new Reason(Detection.BRUTE_FORCE, 60, "guesses at " + username,
                        Map.of(Evidence.USERNAME, username, Evidence.IP, "192.0.2.9"))),
                List.of("g-" + username), "1.0.0");
    }

    /** A distributed spray comes from everywhere: its reason names no source; every account tried is one incident. */
    @Test
    void aDistributedSprayIsOneIncidentWhateverTheAccountTried() {
        String first = FindingRecorder.incidentKey(realmWide("u1"));
        assertEquals("DISTRIBUTED_SPRAY||", first);
        assertEquals(first, FindingRecorder.incidentKey(realmWide("u2")));
    }

    private static Assessment realmWide(String userId) {
        return new Assessment("d-" + userId, "realm", userId, 1, 50, Severity.MEDIUM,
                List.of(new Reason(Detection.DISTRIBUTED_SPRAY, 50, "failures across the realm",
                        Map.of("ip", "192.0.2.7"))),
                List.of("d-" + userId), "1.0.0");
    }

    private static Assessment signIn(String userId, Detection detection, String source) {
        return new Assessment("s-" + userId, "realm", userId, 1, 75, Severity.HIGH,
                List.of(new Reason(detection, 75, "signed in from " + source, Map.of("source", source))),
                List.of("s-" + userId), "1.0.0", Activity.SIGN_IN);
    }

    private static Assessment sprayOn(String userId, Detection detection, String source) {
        return new Assessment("e-" + userId, "realm", userId, 1, 60, Severity.MEDIUM,
                List.of(new Reason(detection, 60, "guesses from " + source, Map.of("source", source))),
                List.of("e-" + userId), "1.0.0");
    }

    /** Each audit setting an admin weakens is its own finding, so a later one never hides the first. */
    @Test
    void anAuditIncidentIsOneAdminOneSetOfSettings() {
        String listener = FindingRecorder.incidentKey(tampering("e1", "eventsListeners"));
        assertEquals("AUDIT_TAMPERING|admin|eventsListeners", listener);
        assertEquals(listener, FindingRecorder.incidentKey(tampering("e2", "eventsListeners")));
        assertNotEquals(listener, FindingRecorder.incidentKey(tampering("e3", "adminEventsEnabled")));
    }

    private static Assessment tampering(String eventId, String settings) {
        return new Assessment(eventId, "realm", "admin", 1, 70, Severity.HIGH, List.of(new Reason(
                Detection.AUDIT_TAMPERING, 70, "weakened " + settings, Map.of(Evidence.CHANGED_SETTINGS, settings))),
                List.of(eventId), "1.0.0");
    }

    /** A user-storage user's id can be 255 characters: the key still fits and still tells sources apart. */
    @Test
    void aLongUserIdStillGivesOneKeyPerSourceWithinTheColumn() {
        String userId = "f:" + "c".repeat(36) + ":" + "u".repeat(216);
        Assessment one = new Assessment("e1", "realm", userId, 1, 60, Severity.MEDIUM, List.of(new Reason(
                Detection.BRUTE_FORCE, 60, "guesses", Map.of("source", "192.0.2.9"))), List.of("e1"), "1.0.0");
        Assessment other = new Assessment("e2", "realm", userId, 2, 60, Severity.MEDIUM, List.of(new Reason(
                Detection.BRUTE_FORCE, 60, "guesses", Map.of("source", "192.0.2.10"))), List.of("e2"), "1.0.0");
        String key = FindingRecorder.incidentKey(one);
        assertEquals(FindingRecorder.MAX_KEY, key.length());
        assertNotEquals(key, FindingRecorder.incidentKey(other));
        assertEquals(key, FindingRecorder.incidentKey(one));
    }

    @Test
    void laterEventsUpdateTheFindingKeepingTheStrongestAssessment() {
        FindingEntity finding = new FindingEntity();
        finding.setCoveredEvents("[]");
        FindingStore.update(finding, spray("e1", 1_000, 60, Severity.MEDIUM, "192.0.2.9"));
        FindingStore.update(finding, spray("e2", 2_000, 90, Severity.CRITICAL, "192.0.2.9"));
        FindingStore.update(finding, spray("e3", 3_000, 70, Severity.HIGH, "192.0.2.9"));
        assertEquals(3, finding.getEventCount());
        assertEquals("e3", finding.getEventId(), "the latest event");
        assertEquals(3_000, finding.getEventTime());
        assertEquals(90, finding.getScore(), "the strongest score");
        assertEquals("CRITICAL", finding.getSeverity());
        assertEquals(List.of("e1", "e2", "e3"), FindingJson.coveredEvents(finding));
    }

    @Test
    void aLateEventDoesNotMoveTheFindingBackInTime() {
        FindingEntity finding = new FindingEntity();
        finding.setCoveredEvents("[]");
        FindingStore.update(finding, spray("e2", 2_000_000, 60, Severity.MEDIUM, "192.0.2.9"));
        FindingStore.update(finding, spray("e1", 100_000, 60, Severity.MEDIUM, "192.0.2.9"));
        assertEquals("e2", finding.getEventId());
        assertEquals(2_000_000, finding.getEventTime(), "still the latest event's time");
        assertEquals(2, finding.getEventCount(), "the late event still counts");
        assertEquals(List.of("e2", "e1"), FindingJson.coveredEvents(finding));
    }

    @Test
    void coveredEventsKeepTheMostRecentHundred() {
        FindingEntity finding = new FindingEntity();
        finding.setCoveredEvents("[]");
        for (int i = 0; i < 150; i++) {
            FindingStore.update(finding, spray("e" + i, i, 60, Severity.MEDIUM, "192.0.2.9"));
        }
        List<String> covered = FindingJson.coveredEvents(finding);
        assertEquals(FindingStore.MAX_COVERED_EVENTS, covered.size());
        assertEquals("e50", covered.get(0));
        assertEquals("e149", covered.get(covered.size() - 1));
        assertEquals(150, finding.getEventCount());
    }
}
