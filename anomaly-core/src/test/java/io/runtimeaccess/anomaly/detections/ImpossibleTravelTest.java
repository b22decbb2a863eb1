package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.IMPOSSIBLE_TRAVEL;
import static io.runtimeaccess.anomaly.finding.Detection.NEW_NETWORK;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.ScorerSettings;
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

    /**
     * A sign-in at home stamped twelve hours before one in New York but arriving after it: measured over those twelve
     * hours, not as travel at the fastest speed there is (its negative gap counted as one minute), and the New York
     * sign-in stays the last one, so a sign-in from New York an hour later is no travel either. A late sign-in half a
     * minute from one on another continent is impossible whichever arrived first.
     */
    @Test
    void aSignInArrivingLateIsMeasuredOverTheGapAndStaysInThePast() {
        long atHome = signInAtHome();
        long inNewYork = atHome + 14 * Events.HOUR;
        realm.assess(Events.login("alice", inNewYork, realm.usa.address(1, 1), Events.CHROME_WINDOWS));

        Assessment late = realm.assess(Events.login("alice", inNewYork - 12 * Events.HOUR, home, Events.CHROME_WINDOWS));
        assertNull(reason(late, IMPOSSIBLE_TRAVEL), late.toString());
        Assessment next = realm.assess(Events.login("alice", inNewYork + Events.HOUR, realm.usa.address(1, 2),
                Events.CHROME_WINDOWS));
        assertNull(reason(next, IMPOSSIBLE_TRAVEL), next.toString());

        Assessment halfAMinuteBefore = realm.assess(Events.login("alice", inNewYork + Events.HOUR - 30_000, home,
                Events.CHROME_WINDOWS));
        Reason travel = reason(halfAMinuteBefore, IMPOSSIBLE_TRAVEL);
        assertNotNull(travel, halfAMinuteBefore.toString());
        assertTrue(travel.text().contains("hours later"), travel.text());
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

    /** Alice signs in at home on her laptop and, in the evenings, on her phone through her carrier. */
    private void homeAndPhoneHistory() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 10, 9);
        realm.history("alice", realm.carrier.address(3, 3), Events.SAFARI_IPHONE, 5, 18);
    }

    /** Two days later (she flew) she signs in from a hotel in the US; returns the time. */
    private long arrivesAtTheHotel(String hotel) {
        long arrival = realm.now + 2 * Events.DAY;
        realm.assess(Events.login("alice", arrival, hotel, Events.CHROME_WINDOWS));
        return arrival;
    }

    @Test
    void aTravellersPhoneRoamingThroughTheHomeCarrierIsNotTravel() {
        homeAndPhoneHistory();
        String hotel = realm.usa.address(9, 9);
        long arrival = arrivesAtTheHotel(hotel);

        Assessment phone = realm.assess(Events.login("alice", arrival + Events.HOUR, realm.carrier.address(4, 4),
                Events.SAFARI_IPHONE));
        Assessment laptop = realm.assess(Events.login("alice", arrival + 2 * Events.HOUR, hotel,
                Events.CHROME_WINDOWS));

        assertNull(reason(phone, IMPOSSIBLE_TRAVEL), phone.toString());
        assertNull(reason(laptop, IMPOSSIBLE_TRAVEL), laptop.toString());
    }

    @Test
    void aCarrierTheUserNeverUsedIsStillTravel() {
        homeAndPhoneHistory();
        long arrival = arrivesAtTheHotel(realm.usa.address(9, 9));
        String otherGermanCarrier = realm.world.operator(TestWorld.DE, TestWorld.Kind.MOBILE, 1).address(4, 4);

        Assessment assessment = realm.assess(Events.login("alice", arrival + Events.HOUR, otherGermanCarrier,
                Events.SAFARI_IPHONE));

        assertNotNull(reason(assessment, IMPOSSIBLE_TRAVEL), assessment.toString());
    }

    @Test
    void aThiefFarAwayIsStillFlaggedRightAfterTheOwnersPhone() {
        homeAndPhoneHistory();
        long phone = realm.now + 18 * Events.HOUR;
        realm.assess(Events.login("alice", phone, realm.carrier.address(4, 4), Events.SAFARI_IPHONE));

        Assessment thief = realm.assess(Events.login("alice", phone + Events.HOUR, realm.brazil.address(1, 1),
                Events.CHROME_WINDOWS));

        // her phone's carrier does not say where she is, so there is no distance to judge from it ...
        assertNull(reason(thief, IMPOSSIBLE_TRAVEL), thief.toString());
        // ... but a first sign-in from Brazil is a new country
        assertTrue(thief.score() >= ScorerSettings.defaults().mediumFrom(), thief.toString());
        assertNotNull(reason(thief, NEW_NETWORK), thief.toString());
    }
}
