package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.TOKEN_ANOMALY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Agents;
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

    /**
     * Stolen refresh tokens replayed from one foreign network for many sessions: each stays an alert. Counting them
     * as a client backend's used to silence the replays after the twentieth session.
     */
    @Test
    void refreshesReplayedFromOneNetworkForManySessionsNeverTeachABackend() {
        String thief = realm.brazil.address(6, 6);
        for (int u = 0; u < 30; u++) {
            long t = signIn("v" + u, "v" + u);
            Assessment replay = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "v" + u, t + 20 * Events.MINUTE,
                    thief, "v" + u));
            assertNotNull(reason(replay, TOKEN_ANOMALY), "session " + u + ": " + replay);
        }
    }

    @Test
    void aStaleSessionIsNotCompared() {
        long t = signIn("alice", "s1");

        Assessment assessment = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 11 * Events.HOUR,
                realm.brazil.address(4, 4), "s1"));

        assertNull(reason(assessment, TOKEN_ANOMALY));
    }

    private static final String SCRIPT = "python-requests/2.32.3";
    private static final String OKHTTP = "okhttp/4.12.0";

    private Assessment token(UserEventType type, String user, long time, String ip, String session, String agent) {
        return realm.assess(new UserEvent(Events.id(), time, Events.REALM, user, user, type, ip, agent, session, null));
    }

    @Test
    void anotherOperatorInTheSameCountryWithAnotherClientAlerts() {
        long t = signIn("alice", "s1");

        Assessment assessment = token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.otherIsp.address(4, 4), "s1", SCRIPT);

        Reason reason = reason(assessment, TOKEN_ANOMALY);
        assertTrue(assessment.score() >= 40, assessment.toString());
        assertTrue(reason.text().contains("not the session's Chrome 120 on Windows desktop"), reason.text());
        assertEquals("Chrome 120 on Windows desktop", reason.evidence().get("sessionBrowser"));
        assertNotNull(reason.evidence().get("browser"));
    }

    @Test
    void anotherOperatorInTheSameCountryThatIsAVpnOrDatacenterAlerts() {
        long t = signIn("alice", "s1");

        Assessment assessment = realm.assess(Events.token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.hosting.address(4, 4), "s1"));

        assertTrue(assessment.score() >= 40, assessment.toString());
        assertTrue(reason(assessment, TOKEN_ANOMALY).text().contains("VPN or datacenter"), assessment.toString());
    }

    @Test
    void theSessionsBrowserUpdatedIsTheSameClientButAnOlderVersionIsNot() {
        long t = signIn("alice", "s1");
        String newer = Agents.header(Agents.Kind.CHROME_WINDOWS, 121, 80);
        String older = Agents.header(Agents.Kind.CHROME_WINDOWS, 119, 80);

        Assessment updated = token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.otherIsp.address(4, 4), "s1", newer);
        Assessment downgraded = token(UserEventType.REFRESH_TOKEN, "alice", t + 30 * Events.MINUTE,
                realm.otherIsp.address(4, 5), "s1", older);

        assertTrue(updated.score() < 40, updated.toString());
        assertTrue(downgraded.score() >= 40, downgraded.toString());
    }

    @Test
    void theSessionsOwnTokenClientIsNotAnotherClient() {
        long t = signIn("alice", "s1");
        // a mobile app's HTTP client redeems the code its system browser got, from the same network
        assertNull(reason(token(UserEventType.CODE_TO_TOKEN, "alice", t + 2_000, home, "s1", OKHTTP), TOKEN_ANOMALY));

        Assessment onCarrier = token(UserEventType.REFRESH_TOKEN, "alice", t + 20 * Events.MINUTE,
                realm.carrier.address(4, 4), "s1", OKHTTP);

        assertTrue(onCarrier.score() < 40, onCarrier.toString());
        assertFalse(reason(onCarrier, TOKEN_ANOMALY).text().contains("not the session's"), onCarrier.toString());
    }

    @Test
    void aClientBackendInTheSameCountryWithItsOwnUserAgentIsNotAnAnomaly() {
        String backend = realm.hosting.address(9, 9);
        Assessment last = null;
        for (int u = 0; u < 30; u++) {
            long t = signIn("r" + u, "b" + u);
            last = token(UserEventType.CODE_TO_TOKEN, "r" + u, t + 500, backend, "b" + u,
                    "Apache-HttpClient/4.5.14 (Java/21.0.5)");
        }
        assertNull(reason(last, TOKEN_ANOMALY), last.toString());
    }

    @Test
    void theSessionsBrowserSurvivesASnapshot() {
        long t = signIn("alice", "s1");
        AnomalyScorer restored = new AnomalyScorer(ScorerSettings.defaults(), realm.world);
        restored.restore(realm.scorer.snapshot());

        Assessment assessment = restored.assess(new UserEvent(Events.id(), t + 20 * Events.MINUTE, Events.REALM, "alice",
                "alice", UserEventType.REFRESH_TOKEN, realm.otherIsp.address(4, 4), SCRIPT, "s1", null));

        assertTrue(assessment.score() >= 40, assessment.toString());
    }
}
