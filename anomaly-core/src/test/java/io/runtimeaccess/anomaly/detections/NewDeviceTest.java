package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_DEVICE;
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

class NewDeviceTest {

    private final Scenario realm = new Scenario().withRealm(10);
    private final String home = realm.homeIsp.address(7, 7);

    @Test
    void firesOnANewPlatformAndBrowser() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, home, Events.FIREFOX_LINUX);

        Reason reason = reason(assessment, NEW_DEVICE);
        assertNotNull(reason, assessment.toString());
        assertTrue(reason.weight() >= 50, reason.toString());
        assertEquals("Firefox 121", reason.evidence().get("browser"));
        assertEquals("Linux desktop", reason.evidence().get("platform"));
        assertEquals("Chrome 120", reason.evidence().get("usualBrowsers"));
        assertEquals(Events.FIREFOX_LINUX, reason.evidence().get("userAgent"));
        assertTrue(reason.text().contains("Linux desktop") && reason.text().contains("Windows desktop"), reason.text());
    }

    @Test
    void quietOnTheUsualDevice() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, home, Events.CHROME_WINDOWS);

        assertNull(reason(assessment, NEW_DEVICE));
        assertEquals(0, assessment.score());
    }

    @Test
    void aBrowserUpdateWeighsLessThanAnOlderVersionOrAnotherBrowser() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double update = weight(realm.loginNextWeekday("alice", 9, home,
                Agents.header(Agents.Kind.CHROME_WINDOWS, 121, 110)), NEW_DEVICE);

        Scenario other = new Scenario().withRealm(10);
        other.history("bob", home, Events.CHROME_WINDOWS, 30, 9);
        double older = weight(other.loginNextWeekday("bob", 9, home,
                Agents.header(Agents.Kind.CHROME_WINDOWS, 112, 110)), NEW_DEVICE);

        Scenario third = new Scenario().withRealm(10);
        third.history("carol", home, Events.CHROME_WINDOWS, 30, 9);
        double edge = weight(third.loginNextWeekday("carol", 9, home,
                Agents.header(Agents.Kind.EDGE_WINDOWS, 120, 110)), NEW_DEVICE);

        assertTrue(update > 0, "update " + update);
        assertTrue(older > update + 15, "older " + older + " update " + update);
        assertTrue(edge > update + 15, "edge " + edge + " update " + update);
    }

    @Test
    void aUserWhoSwitchesDevicesOftenIsLessSurprised() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double steady = weight(realm.loginNextWeekday("alice", 9, home, Events.SAFARI_IPHONE), NEW_DEVICE);

        Scenario other = new Scenario().withRealm(10);
        String[] agents = {
            Events.CHROME_WINDOWS, Events.FIREFOX_LINUX, Agents.header(Agents.Kind.CHROME_MAC, 120, 1),
            Agents.header(Agents.Kind.CHROME_ANDROID, 120, 1), Agents.header(Agents.Kind.SAFARI_MAC, 17, 1),
        };
        for (int i = 0; i < 30; i++) {
            other.loginNextWeekday("bob", 9, home, agents[i % agents.length] + (i < 5 ? "" : ""));
        }
        double switcher = weight(other.loginNextWeekday("bob", 9, home, Events.SAFARI_IPHONE), NEW_DEVICE);

        assertTrue(switcher < steady - 10, "switcher " + switcher + " steady " + steady);
    }

    @Test
    void aFirstSignInHasNoUsualDevice() {
        Assessment assessment = realm.loginNextWeekday("newcomer", 9, home, Events.FIREFOX_LINUX);

        assertNull(reason(assessment, NEW_DEVICE));
    }
}
