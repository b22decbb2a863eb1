package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_DEVICE;
import static io.runtimeaccess.anomaly.finding.Detection.NEW_NETWORK;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static io.runtimeaccess.anomaly.support.Scenario.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Agents;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import org.junit.jupiter.api.Test;

/** The device cookie's id: the user's own browser is believed, a browser without it is a new device. */
class DeviceIdTest {

    private static final String LAPTOP = "laptop-id";

    private final Scenario realm = new Scenario().withRealm(10);
    private final String home = realm.homeIsp.address(7, 7);
    private final String newHomeAddress = realm.homeIsp.address(9, 9);

    @Test
    void aBrowserWithoutTheUsersDeviceIdIsANewDeviceEvenWithTheUsualHeaders() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, newHomeAddress, Events.CHROME_WINDOWS, "attacker-id");

        Reason reason = reason(assessment, NEW_DEVICE);
        assertNotNull(reason, assessment.toString());
        assertTrue(reason.weight() >= 35, reason.toString());
        assertEquals("attacker-id", reason.evidence().get("deviceId"));
        assertEquals("1", reason.evidence().get("knownDeviceIds"));
        assertTrue(reason.text().contains("without the device cookie"), reason.text());
    }

    /** The usual headers from the usual network without the cookie: a private window, far likelier than an intruder at home. */
    @Test
    void aBrowserWithoutTheCookieAtTheUsualPlaceWeighsLess() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        double atHome = weight(realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS, "private-window"), NEW_DEVICE);

        Scenario twin = new Scenario().withRealm(10);
        twin.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        double elsewhere = weight(twin.loginNextWeekday("alice", 9, newHomeAddress, Events.CHROME_WINDOWS, "intruder"),
                NEW_DEVICE);

        assertTrue(atHome > 0 && atHome < 40, "at home " + atHome);
        assertTrue(elsewhere > atHome + 10, "elsewhere " + elsewhere + " vs at home " + atHome);
    }

    /** The docs promise: a missing cookie says something once the user's browsers presented ids on four earlier sign-ins. */
    @Test
    void aNewIdCountsFromTheFifthSignInWithAnId() {
        assertNull(reason(afterSignInsWithTheLaptopId(3), NEW_DEVICE), "three earlier sign-ins with an id say nothing yet");
        assertNotNull(reason(afterSignInsWithTheLaptopId(4), NEW_DEVICE), "four earlier sign-ins with an id do");
    }

    private static Assessment afterSignInsWithTheLaptopId(int signIns) {
        Scenario twin = new Scenario().withRealm(10);
        String usual = twin.homeIsp.address(7, 7);
        twin.history("alice", usual, Events.CHROME_WINDOWS, 30, 9);
        twin.history("alice", usual, Events.CHROME_WINDOWS, LAPTOP, signIns, 9);
        return twin.loginNextWeekday("alice", 9, twin.homeIsp.address(9, 9), Events.CHROME_WINDOWS, "intruder");
    }

    @Test
    void quietOnTheUsersOwnBrowserAndOnSignInsWithoutAnId() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);

        assertEquals(0, realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS, LAPTOP).score());
        assertNull(reason(realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS, null), NEW_DEVICE),
                "a password grant carries no id and says nothing");
    }

    @Test
    void theUsersOwnBrowserUpdatingIsNoNewDevice() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        String update = Agents.header(Agents.Kind.CHROME_WINDOWS, 122, 110);

        Scenario twin = new Scenario().withRealm(10);
        twin.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        assertNull(reason(realm.loginNextWeekday("alice", 9, home, update, LAPTOP), NEW_DEVICE));
        assertNotNull(reason(twin.loginNextWeekday("alice", 9, home, update), NEW_DEVICE),
                "without the id the same update is a (light) new device");
    }

    @Test
    void theUsersOwnBrowserOnANewAddressIsLessSurprisingThanAStrangeBrowserThere() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        double own = realm.loginNextWeekday("alice", 9, newHomeAddress, Events.CHROME_WINDOWS, LAPTOP).score();

        Scenario twin = new Scenario().withRealm(10);
        twin.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        Assessment stranger = twin.loginNextWeekday("alice", 9, newHomeAddress, Events.CHROME_WINDOWS, "attacker-id");

        Scenario unknown = new Scenario().withRealm(10);
        unknown.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double withoutIds = unknown.loginNextWeekday("alice", 9, newHomeAddress, Events.CHROME_WINDOWS).score();

        assertTrue(own < withoutIds, "own browser " + own + " vs no ids " + withoutIds);
        assertTrue(stranger.score() > withoutIds + 10, "stranger " + stranger.score() + " vs no ids " + withoutIds);
        assertNotNull(reason(stranger, NEW_NETWORK));
        Reason network = reason(realm.loginNextWeekday("alice", 9, realm.homeIsp.address(11, 11),
                Events.CHROME_WINDOWS, LAPTOP), NEW_NETWORK);
        assertNotNull(network, "a known browser from a new network is still a new network");
        assertTrue(network.text().contains("from a browser the user signed in with before"), network.text());
    }

    @Test
    void theUsersOwnIdOnAnotherPlatformIsStillANewDevice() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);

        Assessment copied = realm.loginNextWeekday("alice", 9, home, Events.FIREFOX_LINUX, LAPTOP);

        assertTrue(weight(copied, NEW_DEVICE) >= 50, "a browser does not change its OS: " + copied);
    }

    @Test
    void aNewIdSaysNothingUntilTheUserHasAnIdHistory() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 2, 9);

        assertNull(reason(realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS, "second-browser"), NEW_DEVICE));
    }

    @Test
    void aUserWhoseIdsChangeOftenIsLessSurprisedByANewOne() {
        realm.history("alice", home, Events.CHROME_WINDOWS, LAPTOP, 30, 9);
        double steady = weight(realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS, "new-1"), NEW_DEVICE);

        Scenario other = new Scenario().withRealm(10);
        for (int i = 0; i < 30; i++) {
            other.loginNextWeekday("bob", 9, home, Events.CHROME_WINDOWS, i % 3 == 0 ? "private-" + i : LAPTOP);
        }
        double clearer = weight(other.loginNextWeekday("bob", 9, home, Events.CHROME_WINDOWS, "new-2"), NEW_DEVICE);

        assertTrue(clearer < steady - 10, "clears cookies " + clearer + " vs steady " + steady);
    }
}
