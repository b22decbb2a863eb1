package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.IMPOSSIBLE_TRAVEL;
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
import org.junit.jupiter.api.Test;

class ImpossibleTravelTest {

    private final Scenario realm = new Scenario().withRealm(10);
    private final String home = realm.homeIsp.address(7, 7);

    private long signInAtHome() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 10, 9);
        long time = realm.now + 9 * Events.HOUR;
        realm.assess(Events.login("alice", time, home, Events.CHROME_WINDOWS));
        return time;
    }

    @Test
    void firesWhenTheNextSignInIsAContinentAwayAnHourLater() {
        long atHome = signInAtHome();

        Assessment assessment = realm.assess(Events.login("alice", atHome + Events.HOUR, realm.usa.address(1, 1),
                Events.CHROME_WINDOWS));

        Reason reason = reason(assessment, IMPOSSIBLE_TRAVEL);
        assertNotNull(reason, assessment.toString());
        assertTrue(reason.weight() >= 45, reason.toString());
        assertEquals("DE", reason.evidence().get("previousCountry"));
        assertEquals("US", reason.evidence().get("country"));
        assertTrue(Double.parseDouble(reason.evidence().get("speedKmh")) > 5000, reason.toString());
    }

    @Test
    void quietWhenThereWasTimeToFly() {
        long atHome = signInAtHome();

        Assessment assessment = realm.assess(Events.login("alice", atHome + 14 * Events.HOUR, realm.usa.address(1, 1),
                Events.CHROME_WINDOWS));

        assertNull(reason(assessment, IMPOSSIBLE_TRAVEL));
    }

    @Test
    void aVpnExitIsNotTravel() {
        long atHome = signInAtHome();
        String usHosting = realm.world.operator(TestWorld.US, TestWorld.Kind.HOSTING, 0).address(1, 1);

        Assessment assessment = realm.assess(Events.login("alice", atHome + Events.HOUR, usHosting, Events.CHROME_WINDOWS));

        assertNull(reason(assessment, IMPOSSIBLE_TRAVEL));
    }

    @Test
    void aSharedEgressOfTheRealmIsNotTravel() {
        // a tenth of the realm signs in through a corporate proxy that geolocates to the US
        for (int u = 0; u < 40; u++) {
            realm.assess(Events.login("us" + u, realm.now + u * Events.MINUTE, realm.usa.address(50, u), Events.CHROME_WINDOWS));
        }
        long atHome = signInAtHome();

        Assessment assessment = realm.assess(Events.login("alice", atHome + Events.HOUR, realm.usa.address(50, 99),
                Events.CHROME_WINDOWS));

        assertNull(reason(assessment, IMPOSSIBLE_TRAVEL));
    }

    @Test
    void shortHopsAreGeolocationNoise() {
        long atHome = signInAtHome();
        String austria = realm.world.operator(TestWorld.AT, TestWorld.Kind.HOME, 0).address(1, 1); // ~400 km

        Assessment assessment = realm.assess(Events.login("alice", atHome + 10 * Events.MINUTE, austria, Events.CHROME_WINDOWS));

        assertNull(reason(assessment, IMPOSSIBLE_TRAVEL));
    }
}
