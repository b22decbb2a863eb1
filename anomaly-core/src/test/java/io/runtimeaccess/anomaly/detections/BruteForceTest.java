package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.BRUTE_FORCE;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld;
import org.junit.jupiter.api.Test;

class BruteForceTest {

    private final Scenario realm = new Scenario().withRealm(3);
    private final String home = realm.homeIsp.address(7, 7);

    @Test
    void firesWhenOneAccountFailsFromManyAddressesAndFlagsTheSuccess() {
        long t = realm.now + 10 * Events.HOUR;
        Assessment last = null;
        for (int i = 0; i < 8; i++) {
            String bot = realm.world.operators().get(i * 9).address(i, i + 1);
            last = realm.assess(Events.failure("r1", true, t + i * 3 * Events.MINUTE, bot, Events.CHROME_WINDOWS));
        }
        Reason reason = reason(last, BRUTE_FORCE);
        assertNotNull(reason, last.toString());
        assertTrue(reason.weight() >= 40, reason.toString());
        assertEquals("8", reason.evidence().get("failingIps"));
        assertEquals(8, last.coveredEventIds().size());
        assertEquals(Activity.FAILED_SIGN_IN, last.activity(), "the user is the account tried, not who tried it");

        String bot = realm.world.operators().get(70).address(1, 1);
        Assessment success = realm.assess(Events.login("r1", t + 30 * Events.MINUTE, bot, Events.CHROME_WINDOWS));
        Reason hit = reason(success, BRUTE_FORCE);
        assertNotNull(hit, success.toString());
        assertTrue(hit.weight() >= 75, hit.toString());
        assertTrue(hit.text().contains("after 8 failed sign-ins from 8 addresses"), hit.text());
        assertEquals(Activity.SIGN_IN, success.activity(), "whoever signed in is the user");
    }

    @Test
    void aUserMistypingAtHomeIsNotBruteForce() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 10, 9);
        long t = realm.now + 9 * Events.HOUR;
        String phone = realm.carrier.address(3, 3);
        assertNull(reason(realm.assess(Events.failure("alice", true, t, home, Events.CHROME_WINDOWS)), BRUTE_FORCE));
        assertNull(reason(realm.assess(Events.failure("alice", true, t + 20_000, home, Events.CHROME_WINDOWS)), BRUTE_FORCE));
        assertNull(reason(realm.assess(Events.failure("alice", true, t + 60_000, phone, Events.SAFARI_IPHONE)), BRUTE_FORCE));
        Assessment success = realm.assess(Events.login("alice", t + 90_000, home, Events.CHROME_WINDOWS));
        assertNull(reason(success, BRUTE_FORCE));
        assertEquals(0, success.score());
    }

    @Test
    void hammeringFromOneAddressCountsLess() {
        long t = realm.now + 10 * Events.HOUR;
        String one = realm.world.operator(TestWorld.NL, TestWorld.Kind.HOSTING, 1).address(1, 1);
        Assessment last = null;
        for (int i = 0; i < 20; i++) {
            last = realm.assess(Events.failure("r2", true, t + i * 10_000L, one, Events.CHROME_WINDOWS));
        }
        Reason reason = reason(last, BRUTE_FORCE);
        assertNotNull(reason);
        assertTrue(reason.weight() < 40, reason.toString());
    }
}
