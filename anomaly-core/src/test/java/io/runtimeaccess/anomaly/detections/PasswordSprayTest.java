package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.PASSWORD_SPRAY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordSprayTest {

    private final Scenario realm = new Scenario().withRealm(3);
    private final String attacker = realm.world.operator(TestWorld.NL, TestWorld.Kind.HOSTING, 0).address(9, 9);

    @Test
    void firesWhenOneAddressFailsForManyUsernamesAndFlagsTheSuccessAfter() {
        long t = realm.now + 10 * Events.HOUR;
        List<String> ids = new ArrayList<>();
        Assessment last = null;
        for (int i = 0; i < 12; i++) {
            boolean known = i % 3 != 0; // a third of the usernames do not exist
            var failure = Events.failure("user" + i, known, t + i * 20_000L, attacker, "python-requests/2.31");
            ids.add(failure.id());
            last = realm.assess(failure);
        }
        Reason spray = reason(last, PASSWORD_SPRAY);
        assertNotNull(spray, last.toString());
        assertTrue(spray.weight() >= 50, spray.toString());
        assertEquals("IP", spray.evidence().get("sourceKind"));
        assertEquals("12", spray.evidence().get("failingUsers"));
        assertEquals("4", spray.evidence().get("unknownUsernames"));
        assertTrue(last.coveredEventIds().containsAll(ids), last.coveredEventIds().toString());

        Assessment success = realm.assess(Events.login("r5", t + 5 * Events.MINUTE, attacker, "python-requests/2.31"));
        Reason hit = reason(success, PASSWORD_SPRAY);
        assertNotNull(hit, success.toString());
        assertTrue(hit.weight() >= 80, hit.toString());
        assertTrue(success.score() >= 80, success.toString());
        assertTrue(hit.text().startsWith("Signed in from address"), hit.text());
    }

    @Test
    void anOfficeNatWithTyposIsNotASpray() {
        String office = realm.world.operator(TestWorld.DE, TestWorld.Kind.OFFICE, 0).address(1, 1);
        long t = realm.now + 8 * Events.HOUR;
        int flagged = 0;
        for (int u = 0; u < 150; u++) {
            long at = t + u * 4_000L;
            if (u % 8 == 0) {
                flagged += sprayed(realm.assess(Events.failure("staff" + u, true, at, office, Events.CHROME_WINDOWS)));
            }
            if (u % 25 == 3) { // gave up for now: an unresolved failure
                flagged += sprayed(realm.assess(Events.failure("staff" + u, true, at, office, Events.CHROME_WINDOWS)));
                continue;
            }
            flagged += sprayed(realm.assess(Events.login("staff" + u, at + 2_000, office, Events.CHROME_WINDOWS)));
        }
        assertEquals(0, flagged);
    }

    @Test
    void aFewFailuresFromOneAddressAreNotASpray() {
        long t = realm.now + 10 * Events.HOUR;
        Assessment last = null;
        for (int i = 0; i < 5; i++) {
            last = realm.assess(Events.failure("user" + i, true, t + i * 60_000L, attacker, Events.CHROME_WINDOWS));
        }
        assertNull(reason(last, PASSWORD_SPRAY));
        assertNull(reason(realm.assess(Events.login("r1", t + 6 * 60_000L, attacker, Events.CHROME_WINDOWS)), PASSWORD_SPRAY));
    }

    private static int sprayed(Assessment assessment) {
        return reason(assessment, PASSWORD_SPRAY) == null ? 0 : 1;
    }
}
