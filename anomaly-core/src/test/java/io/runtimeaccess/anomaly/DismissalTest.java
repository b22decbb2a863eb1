package io.runtimeaccess.anomaly;

import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static io.runtimeaccess.anomaly.support.Scenario.weight;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dismissed assessment's flagged values become normal: the same event scores lower afterwards. */
class DismissalTest {

    private static final ScorerSettings HOLD_BACK = ScorerSettings.builder().learnBelowScore(40).build();

    @Test
    void aDismissedCountryDeviceAndHourBecomeNormal() {
        Scenario realm = new Scenario(HOLD_BACK).withRealm(10);
        String home = realm.homeIsp.address(7, 7);
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        String abroad = realm.brazil.address(1, 1);

        Assessment flagged = realm.loginNextWeekday("alice", 3, abroad, Events.FIREFOX_LINUX);
        assertNotNull(reason(flagged, Detection.NEW_NETWORK));
        assertNotNull(reason(flagged, Detection.NEW_DEVICE));
        assertNotNull(reason(flagged, Detection.UNUSUAL_TIME));
        Assessment again = realm.loginNextWeekday("alice", 3, abroad, Events.FIREFOX_LINUX);
        assertTrue(again.score() >= flagged.score() - 5, "held back, not learned: " + again);

        realm.scorer.dismissed(flagged);
        Assessment after = realm.loginNextWeekday("alice", 3, abroad, Events.FIREFOX_LINUX);

        assertTrue(after.score() < flagged.score() - 40, flagged.score() + " -> " + after);
        assertNull(reason(after, Detection.NEW_NETWORK));
        assertNull(reason(after, Detection.NEW_DEVICE));
        assertTrue(weight(after, Detection.UNUSUAL_TIME) < weight(flagged, Detection.UNUSUAL_TIME) / 2, after.toString());
    }

    @Test
    void aDismissedTokenCountryAndTravelBecomeNormal() {
        Scenario realm = new Scenario(HOLD_BACK).withRealm(10);
        String home = realm.homeIsp.address(7, 7);
        realm.history("alice", home, Events.CHROME_WINDOWS, 10, 9);
        long t = realm.now + 9 * Events.HOUR;
        realm.assess(Events.login("alice", t, home, Events.CHROME_WINDOWS, "s1"));
        Assessment token = realm.assess(Events.token(io.runtimeaccess.anomaly.event.UserEventType.REFRESH_TOKEN, "alice",
                t + Events.MINUTE, realm.usa.address(2, 2), "s1"));
        double before = weight(token, Detection.TOKEN_ANOMALY);

        realm.scorer.dismissed(token);
        Assessment after = realm.assess(Events.token(io.runtimeaccess.anomaly.event.UserEventType.REFRESH_TOKEN, "alice",
                t + 2 * Events.MINUTE, realm.usa.address(2, 2), "s1"));

        assertTrue(weight(after, Detection.TOKEN_ANOMALY) < before, before + " -> " + after);
        Assessment login = realm.assess(Events.login("alice", t + 3 * Events.MINUTE, realm.usa.address(2, 2),
                Events.CHROME_WINDOWS));
        assertNull(reason(login, Detection.NEW_NETWORK), "the US network is now the user's: " + login);
    }

    @Test
    void aDismissedSprayForgetsTheSourcesFailures() {
        Scenario realm = new Scenario().withRealm(3);
        String office = realm.world.operator(TestWorld.DE, TestWorld.Kind.OFFICE, 0).address(1, 1);
        long t = realm.now + 10 * Events.HOUR;
        Assessment last = null;
        for (int i = 0; i < 10; i++) {
            last = realm.assess(Events.failure("user" + i, true, t + i * 1000L, office, Events.CHROME_WINDOWS));
        }
        assertNotNull(reason(last, Detection.PASSWORD_SPRAY));

        realm.scorer.dismissed(last);

        assertNull(reason(realm.assess(Events.failure("user20", true, t + 20_000, office, Events.CHROME_WINDOWS)),
                Detection.PASSWORD_SPRAY));
    }

    @Test
    void aDismissedEscalationNetworkAndBurstBecomeTheAdminsNormal() {
        Scenario realm = new Scenario();
        String office = realm.homeIsp.address(1, 10);
        for (int i = 0; i < 5; i++) {
            realm.scorer.assess(Events.admin("boss", realm.now + i * Events.HOUR, office, AdminOperation.UPDATE, "USER",
                    "u" + i, List.of()));
        }
        String travel = realm.brazil.address(1, 1);
        List<GrantedAccess> admin = List.of(new GrantedAccess("group", "admins", true));
        Assessment grant = realm.scorer.assess(Events.admin("boss", realm.now + 6 * Events.HOUR, travel,
                AdminOperation.CREATE, "GROUP_MEMBERSHIP", "bob", admin));
        realm.scorer.dismissed(grant);
        Assessment again = realm.scorer.assess(Events.admin("boss", realm.now + 7 * Events.HOUR, travel,
                AdminOperation.CREATE, "GROUP_MEMBERSHIP", "carol", admin));
        assertTrue(weight(again, Detection.PRIVILEGE_ESCALATION) < weight(grant, Detection.PRIVILEGE_ESCALATION),
                grant + " -> " + again);

        long day = realm.now + 2 * Events.DAY;
        Assessment burst = null;
        for (int i = 0; i < 30; i++) {
            burst = realm.scorer.assess(Events.admin("boss", day + i * 1000L, office, AdminOperation.DELETE, "USER",
                    "x" + i, List.of()));
        }
        assertNotNull(reason(burst, Detection.BULK_ADMIN_ACTIVITY));
        realm.scorer.dismissed(burst);
        Assessment next = null;
        for (int i = 0; i < 30; i++) {
            next = realm.scorer.assess(Events.admin("boss", day + Events.DAY + i * 1000L, office, AdminOperation.DELETE,
                    "USER", "y" + i, List.of()));
        }
        assertNull(reason(next, Detection.BULK_ADMIN_ACTIVITY));
    }
}
