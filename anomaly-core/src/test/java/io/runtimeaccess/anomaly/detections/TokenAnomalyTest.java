package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.TOKEN_ANOMALY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld;
import org.junit.jupiter.api.Test;

class TokenAnomalyTest {

    private final Scenario realm = new Scenario().withRealm(3);
    private final String home = realm.homeIsp.address(7, 7);

    private long signIn(String user, String session) {
        long t = realm.now + 9 * Events.HOUR;
        realm.assess(Events.login(user, t, home, Events.CHROME_WINDOWS, session));
        return t;
    }

    @Test
    void firesWhenARefreshComesFromAnotherCountry() {
        long t = signIn("alice", "s1");

        Assessment assessment = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.brazil.address(4, 4), "s1"));

        Reason reason = reason(assessment, TOKEN_ANOMALY);
        assertNotNull(reason, assessment.toString());
        assertTrue(reason.weight() >= 60, reason.toString());
        assertEquals("BR", reason.evidence().get("country"));
        assertEquals("DE", reason.evidence().get("sessionCountry"));
        assertEquals("REFRESH_TOKEN", reason.evidence().get("tokenEvent"));
    }

    @Test
    void quietOnTheSessionsOwnNetwork() {
        long t = signIn("alice", "s1");

        assertNull(reason(realm.assess(Events.token(UserEventType.CODE_TO_TOKEN, "alice", t + 1_000, home, "s1")), TOKEN_ANOMALY));
        assertNull(reason(realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 5 * Events.MINUTE,
                realm.homeIsp.address(7, 8), "s1")), TOKEN_ANOMALY));
    }

    @Test
    void anotherOperatorInTheSameCountryWeighsLess() {
        long t = signIn("alice", "s1");

        Assessment assessment = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.carrier.address(4, 4), "s1"));

        Reason reason = reason(assessment, TOKEN_ANOMALY);
        assertNotNull(reason);
        assertTrue(reason.weight() > 0 && reason.weight() < 40, reason.toString());
    }

    @Test
    void aClientBackendExchangingCodesForEveryoneIsNotAnAnomaly() {
        String backend = realm.world.operator(TestWorld.US, TestWorld.Kind.HOSTING, 1).address(1, 1);
        Assessment last = null;
        for (int u = 0; u < 30; u++) {
            long t = signIn("r" + u, "b" + u);
            last = realm.assess(Events.token(UserEventType.CODE_TO_TOKEN, "r" + u, t + 500, backend, "b" + u));
        }
        assertNull(reason(last, TOKEN_ANOMALY), last.toString());
    }

    @Test
    void aStaleSessionIsNotCompared() {
        long t = signIn("alice", "s1");

        Assessment assessment = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 11 * Events.HOUR,
                realm.brazil.address(4, 4), "s1"));

        assertNull(reason(assessment, TOKEN_ANOMALY));
    }
}
