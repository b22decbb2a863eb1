package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_DEVICE;
import static io.runtimeaccess.anomaly.finding.Detection.UNUSUAL_TIME;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import org.junit.jupiter.api.Test;

class UnusualTimeTest {

    private final Scenario realm = new Scenario().withRealm(10);
    private final String home = realm.homeIsp.address(7, 7);

    @Test
    void firesAtANightHourForADaytimeUser() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 3, home, Events.CHROME_WINDOWS);

        Reason reason = reason(assessment, UNUSUAL_TIME);
        assertNotNull(reason, assessment.toString());
        assertTrue(reason.weight() >= 30, reason.toString());
        assertEquals("3", reason.evidence().get("hourUtc"));
        assertEquals("09 UTC", reason.evidence().get("usualHoursUtc"));
        assertTrue(reason.text().contains("03:00 UTC"), reason.text());
    }

    @Test
    void quietAtTheUsualHourAndTheHourNextToIt() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        assertNull(reason(realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS), UNUSUAL_TIME));
        Assessment nextHour = realm.loginNextWeekday("alice", 10, home, Events.CHROME_WINDOWS);
        assertTrue(Scenario.weight(nextHour, UNUSUAL_TIME) < 10, nextHour.toString());
    }

    @Test
    void aWeekendSignInOfAWeekdayUserCountsLess() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        long saturday = Math.floorDiv(realm.now, Events.DAY) * Events.DAY;
        while (Math.floorMod(Math.floorDiv(saturday, Events.DAY) + 3, 7L) != 5) {
            saturday += Events.DAY;
        }

        Assessment weekend = realm.assess(Events.login("alice", saturday + 9 * Events.HOUR, home, Events.CHROME_WINDOWS));
        double night = Scenario.weight(realm.loginNextWeekday("alice", 3, home, Events.CHROME_WINDOWS), UNUSUAL_TIME);

        double weekendWeight = Scenario.weight(weekend, UNUSUAL_TIME);
        assertTrue(weekendWeight > 0 && weekendWeight < night, "weekend " + weekendWeight + " night " + night);
        assertEquals("Sat", reason(weekend, UNUSUAL_TIME).evidence().get("weekday"));
    }

    @Test
    void aloneItIsNoAlertButItSaysSo() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 3, home, Events.CHROME_WINDOWS);

        Reason reason = reason(assessment, UNUSUAL_TIME);
        assertTrue(reason.weight() >= 40, "the time alone weighs MEDIUM: " + reason);
        assertEquals(Severity.LOW, assessment.severity(), assessment.toString());
        assertEquals(39, assessment.score());
        assertTrue(reason.text().contains("alone this is no finding"), reason.text());
        assertEquals("true", reason.evidence().get("corroboratingOnly"));
    }

    @Test
    void withANewDeviceItStillAddsItsWeight() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 3, home, Events.SAFARI_IPHONE);

        double device = Scenario.weight(assessment, NEW_DEVICE);
        assertTrue(device >= 20, assessment.toString());
        assertNotNull(reason(assessment, UNUSUAL_TIME));
        assertTrue(assessment.score() >= 40 && assessment.score() > device + 10, assessment.toString());
    }

    @Test
    void aSustainedNightShiftBecomesTheUsualHours() {
        // years of day sign-ins, spread over three hours
        realm.history("alice", home, Events.CHROME_WINDOWS, 200, 8);
        realm.history("alice", home, Events.CHROME_WINDOWS, 200, 9);
        realm.history("alice", home, Events.CHROME_WINDOWS, 200, 10);
        for (int night = 0; night < 14; night++) {
            realm.loginNextWeekday("alice", 23, home, Events.CHROME_WINDOWS);
        }

        Assessment fifteenth = realm.loginNextWeekday("alice", 23, home, Events.CHROME_WINDOWS);

        assertNull(reason(fifteenth, UNUSUAL_TIME), fifteenth.toString());
    }

    @Test
    void needsAHistoryFirst() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 5, 9);

        assertNull(reason(realm.loginNextWeekday("alice", 3, home, Events.CHROME_WINDOWS), UNUSUAL_TIME));
    }
}
