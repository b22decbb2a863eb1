package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.IMPOSSIBLE_TRAVEL;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.support.Events;
import org.junit.jupiter.api.Test;

/**
 * Travel on a mobile carrier whose name does not say so: the realm learns from its own users that the
 * carrier's locations jump between gateway cities, while a fixed-line provider's do not.
 */
class CarrierTravelTest {

    private static final double[] SAN_FRANCISCO = {37.77, -122.42};
    private static final double[] NEW_YORK = {40.71, -74.01};
    private static final double[] MOSCOW = {55.76, 37.62};
    private static final double[] NOVOSIBIRSK = {55.03, 82.92};

    /** 12.0.x.y AT&T Mobility (gateways: x even San Francisco, odd New York); 24.0/24.1 Comcast SF/NY; 31.0 MTS. */
    private static final IpLocator WORLD = ip -> {
        String[] octets = ip.split("\\.");
        int x = Integer.parseInt(octets[2]);
        switch (octets[0] + "." + octets[1]) {
            case "12.0":
                return at(x % 2 == 0 ? SAN_FRANCISCO : NEW_YORK, "US", 20057, "AT&T Mobility LLC");
            case "24.0":
                return at(SAN_FRANCISCO, "US", 7922, "Comcast Cable Communications, LLC");
            case "24.1":
                return at(NEW_YORK, "US", 7922, "Comcast Cable Communications, LLC");
            case "31.0":
                return at(x % 2 == 0 ? MOSCOW : NOVOSIBIRSK, "RU", 8359, "MTS PJSC");
            default:
                return NetworkLocation.UNKNOWN;
        }
    };

    private static NetworkLocation at(double[] place, String country, long asn, String org) {
        return new NetworkLocation(country, null, null, asn, org, place[0], place[1], false);
    }

    private final AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), WORLD);
    private long now = Events.T0;

    /**
     * Users whose consecutive sign-ins stay on one ASN, half a day apart (plausible travel, so learned):
     * phones only, or (on a fixed line) every other sign-in from a laptop.
     */
    private void crowd(String prefix, int users, int signIns, String firstOctets, int jumpEvery, boolean phonesOnly) {
        for (int s = 0; s < signIns; s++) {
            for (int u = 0; u < users; u++) {
                int gateway = jumpEvery > 0 && (s + u) % jumpEvery == 0 ? 1 : 0;
                String agent = phonesOnly || (s + u) % 2 == 0 ? Events.SAFARI_IPHONE : Events.CHROME_WINDOWS;
                scorer.assess(Events.login(prefix + u, now + u * Events.MINUTE, firstOctets + "." + (2 * u + gateway)
                        + "." + s, agent));
            }
            now += 12 * Events.HOUR;
        }
    }

    /** The San Francisco user: a laptop at home on Comcast, a phone on AT&T (the San Francisco gateway). */
    private void sanFranciscoUser() {
        for (int d = 0; d < 10; d++) {
            scorer.assess(Events.login("sf", now, "24.0.7.7", Events.CHROME_WINDOWS));
            scorer.assess(Events.login("sf", now + 8 * Events.HOUR, "12.0.40.9", Events.SAFARI_IPHONE));
            now += Events.DAY;
        }
    }

    private Assessment thirtyMinutesAfterHome(String ip, String agent) {
        scorer.assess(Events.login("sf", now, "24.0.7.7", Events.CHROME_WINDOWS));
        return scorer.assess(Events.login("sf", now + 30 * Events.MINUTE, ip, agent));
    }

    @Test
    void theNewYorkGatewayOfTheUsersOwnCarrierIsNotTravel() {
        crowd("phone", 20, 10, "12.0", 10, false); // a tenth of the sign-ins leave through the other coast's gateway
        sanFranciscoUser();

        Assessment gateway = thirtyMinutesAfterHome("12.0.41.9", Events.SAFARI_IPHONE);

        assertNull(reason(gateway, IMPOSSIBLE_TRAVEL), gateway.toString());
    }

    @Test
    void aCarrierOnlyOneAccountHopsOnIsNotLearnedAsMobile() {
        crowd("phone", 1, 60, "12.0", 2, false); // one account hopping coast to coast cannot teach the realm
        crowd("still", 20, 10, "12.0", 0, false);
        sanFranciscoUser();

        Assessment gateway = thirtyMinutesAfterHome("12.0.41.9", Events.SAFARI_IPHONE);

        assertNotNull(reason(gateway, IMPOSSIBLE_TRAVEL), gateway.toString());
    }

    @Test
    void aFixedLineWhoseUsersSometimesTravelStaysTravel() {
        // 20 Comcast users, one trip each (to a Comcast line in New York) in forty sign-ins
        crowd("home", 20, 40, "24.0", 0, false);
        for (int u = 0; u < 20; u++) {
            scorer.assess(Events.login("home" + u, now + u * Events.MINUTE, "24.1.1." + u, Events.SAFARI_IPHONE));
        }
        now += Events.DAY;
        sanFranciscoUser();

        Assessment newYork = thirtyMinutesAfterHome("24.1.9.9", Events.CHROME_WINDOWS);

        assertNotNull(reason(newYork, IMPOSSIBLE_TRAVEL), newYork.toString());
    }

    @Test
    void aMoveFromTheHomeIspToAnAttackersCarrierAbroadIsStillTravel() {
        crowd("phone", 20, 10, "12.0", 2, true);
        crowd("ru", 20, 10, "31.0", 0, true); // the attacker's carrier is mobile too, but not the victim's
        sanFranciscoUser();

        Assessment attacker = thirtyMinutesAfterHome("31.0.3.3", Events.CHROME_WINDOWS);

        assertNotNull(reason(attacker, IMPOSSIBLE_TRAVEL), attacker.toString());
    }

    @Test
    void aPhonesOnlyNetworkIsACarrierEvenWithOneGateway() {
        crowd("phone", 20, 10, "12.0", 0, true); // AT&T, always the San Francisco gateway, phones only
        sanFranciscoUser();

        // she flew to Moscow; the hotel (MTS here) and, between, her phone through AT&T at home
        long hotel = now + 2 * Events.DAY;
        scorer.assess(Events.login("sf", hotel, "31.0.8.8", Events.CHROME_WINDOWS));
        Assessment phone = scorer.assess(Events.login("sf", hotel + Events.HOUR, "12.0.40.9", Events.SAFARI_IPHONE));
        Assessment laptop = scorer.assess(Events.login("sf", hotel + 2 * Events.HOUR, "31.0.8.8", Events.CHROME_WINDOWS));

        assertNull(reason(phone, IMPOSSIBLE_TRAVEL), phone.toString());
        assertNull(reason(laptop, IMPOSSIBLE_TRAVEL), laptop.toString());
    }
}
