package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_DEVICE;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static io.runtimeaccess.anomaly.support.Scenario.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Agents;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import org.junit.jupiter.api.Test;

class NewDeviceTest {

    /** An update on its own must stay below the MEDIUM band. */
    private static final double MEDIUM = ScorerSettings.defaults().mediumFrom();

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
    void aSafariMinorUpdateIsAnUpdateButAnOlderSafariIsNot() {
        realm.history("alice", home, safariMac(2), 30, 9);
        Reason update = reason(realm.loginNextWeekday("alice", 9, home, safariMac(3)), NEW_DEVICE);

        Scenario other = new Scenario().withRealm(10);
        other.history("bob", home, safariMac(2), 30, 9);
        Reason older = reason(other.loginNextWeekday("bob", 9, home, safariMac(0)), NEW_DEVICE);

        assertNotNull(update);
        assertTrue(update.text().contains("Safari 26.3 (an update from version 26.2)"), update.text());
        assertTrue(update.weight() < MEDIUM, update.toString());
        assertNotNull(older);
        assertTrue(older.text().contains("older than version 26.2"), older.text());
        assertTrue(older.weight() > update.weight() + 15, "older " + older + " update " + update);
    }

    @Test
    void theFirstInTheRealmToGetAnUpdateIsNoMoreSuspiciousThanTheLast() {
        String chrome121 = Agents.header(Agents.Kind.CHROME_WINDOWS, 121, 110);
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double first = weight(realm.loginNextWeekday("alice", 9, home, chrome121), NEW_DEVICE);

        Scenario updated = new Scenario().withRealm(10);
        for (int u = 0; u < 40; u++) { // Chrome 121 is common in the realm (newcomers: no change of version counted)
            updated.assess(Events.login("new" + u, updated.now + u * Events.MINUTE, updated.homeIsp.address(100 + u, 2),
                    chrome121));
        }
        updated.history("bob", home, Events.CHROME_WINDOWS, 30, 9);
        double last = weight(updated.loginNextWeekday("bob", 9, home, chrome121), NEW_DEVICE);

        assertTrue(first < MEDIUM, "first " + first);
        assertEquals(last, first, 3, "first " + first + " last " + last);
    }

    @Test
    void onlyVersionNumbersChangedIsAnUpdateButAnotherPhoneModelIsNew() {
        String pixel = Agents.header(Agents.Kind.CHROME_ANDROID, 120, 110);
        realm.history("alice", home, pixel, 30, 9);
        Reason patched = reason(realm.loginNextWeekday("alice", 9, home,
                pixel.replace("Android 14", "Android 15").replace(".110 ", ".130 ")), NEW_DEVICE);

        Scenario other = new Scenario().withRealm(10);
        other.history("bob", home, pixel, 30, 9);
        String samsungPhone = pixel.replace("Pixel 7", "SM-S911B");
        Reason samsung = reason(other.loginNextWeekday("bob", 9, home, samsungPhone), NEW_DEVICE);

        assertTrue(patched == null || patched.weight() < MEDIUM && patched.text().contains("an update"),
                String.valueOf(patched));
        assertNotNull(samsung);
        assertTrue(samsung.text().startsWith("First sign-in with this exact browser build"), samsung.text());
        assertTrue(samsung.weight() >= 50, samsung.toString());
    }

    private static String safariMac(int minor) {
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26."
                + minor + " Safari/605.1.15";
    }

    @Test
    void aFirstSignInHasNoUsualDevice() {
        Assessment assessment = realm.loginNextWeekday("newcomer", 9, home, Events.FIREFOX_LINUX);

        assertNull(reason(assessment, NEW_DEVICE));
    }
}
