package io.runtimeaccess.anomaly.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.observation.Observation;
import io.runtimeaccess.anomaly.observation.UserAgentParser;
import io.runtimeaccess.anomaly.state.UserProfile;
import org.junit.jupiter.api.Test;

class AsnMobilityTest {

    private static final double MIN_KM = 500;

    private static UserProfile lastAt(int asn, double latitude, double longitude, boolean hosting) {
        UserProfile profile = new UserProfile();
        profile.setLast(0, latitude, longitude, 0, asn, 0, hosting, false);
        return profile;
    }

    private static Observation at(int asn, double latitude, double longitude) {
        Observation o = new Observation();
        o.read(3_600_000, "192.0.2.1",
                new NetworkLocation("US", null, null, asn, "Example", latitude, longitude, false), null, null);
        return o;
    }

    /** {@code users} users, each with {@code pairs} same-ASN pairs of which {@code jumps} are coast to coast. */
    private static void observe(AsnMobility mobility, int asn, int users, int pairs, int jumps) {
        observe(mobility, asn, 0, users, pairs, jumps);
    }

    private static void observe(AsnMobility mobility, int asn, int firstUser, int users, int pairs, int jumps) {
        for (int u = firstUser; u < firstUser + users; u++) {
            for (int p = 0; p < pairs; p++) {
                double longitude = p < jumps ? -74.0 : -122.4;
                mobility.learn(lastAt(asn, 37.8, -122.4, false), at(asn, 40.7, longitude), 1000L + u, MIN_KM);
            }
        }
    }

    @Test
    void manyUsersJumpingOnOneAsnMakeItMobile() {
        AsnMobility mobility = new AsnMobility();
        observe(mobility, 20057, 10, 6, 3);
        assertTrue(mobility.isMobile(20057));
        assertFalse(mobility.isMobile(7922), "never seen");
        assertFalse(mobility.isMobile(0));
    }

    @Test
    void rareJumpsFewUsersOrFewPairsAreNotEnough() {
        AsnMobility travellers = new AsnMobility();
        observe(travellers, 7922, 40, 20, 1); // a twentieth: a trip a week on the same provider
        assertFalse(travellers.isMobile(7922));

        AsnMobility oneAccount = new AsnMobility();
        observe(oneAccount, 20057, 1, 200, 100);
        assertFalse(oneAccount.isMobile(20057), "one account hopping");

        AsnMobility early = new AsnMobility();
        observe(early, 20057, 0, 4, 3, 3);
        assertFalse(early.isMobile(20057), "every pair jumped, but only four users");
        observe(early, 20057, 100, 300, 1, 0);
        observe(early, 20057, 4, 1, 1, 1);
        assertFalse(early.isMobile(20057), "13 jumps in 313 pairs: the lower bound is below a twentieth");
        observe(early, 20057, 5, 20, 1, 1);
        assertTrue(early.isMobile(20057), "33 in 333: it is above");
    }

    @Test
    void pairsOnOtherAsnsOrHostingDoNotCount() {
        AsnMobility mobility = new AsnMobility();
        for (int u = 0; u < 20; u++) {
            mobility.learn(lastAt(1, 37.8, -122.4, false), at(2, 40.7, -74.0), u, MIN_KM);
            mobility.learn(lastAt(2, 37.8, -122.4, true), at(2, 40.7, -74.0), u, MIN_KM);
            mobility.learn(null, at(2, 40.7, -74.0), u, MIN_KM);
        }
        assertFalse(mobility.isMobile(2));
    }

    @Test
    void memoryIsBoundedWhateverTheNumberOfAsns() {
        AsnMobility mobility = new AsnMobility();
        long bytes = mobility.bytes();
        for (int asn = 1; asn <= 100_000; asn++) {
            mobility.learn(lastAt(asn, 37.8, -122.4, false), at(asn, 37.8, -122.4), asn, MIN_KM);
        }
        observe(mobility, 20057, 10, 6, 3);
        assertTrue(mobility.isMobile(20057), "a busy ASN claims a slot from the long tail");
        assertEquals(bytes, mobility.bytes());
    }

    @Test
    void wilsonLowerBound() {
        assertEquals(0, AsnMobility.wilsonLower(0, 0));
        assertEquals(0.2366, AsnMobility.wilsonLower(5, 10), 1e-3);
        assertEquals(0.4691, AsnMobility.wilsonLower(500, 1000), 1e-3);
        assertEquals(0.5655, AsnMobility.wilsonLower(5, 5), 1e-3);
    }

    private static Observation from(int asn, String userAgent) {
        Observation o = at(asn, 37.8, -122.4);
        o.read(3_600_000, "192.0.2.1", o.location, UserAgentParser.parse(userAgent), userAgent);
        return o;
    }

    @Test
    void anAsnOfPhonesOnlyIsACarrier() {
        String phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.1 Mobile/15E148 Safari/604.1";
        String laptop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/120.0.0.0 Safari/537.36";
        AsnMobility mobility = new AsnMobility();
        for (int u = 0; u < 30; u++) {
            for (int s = 0; s < 10; s++) {
                mobility.learn(null, from(20057, phone), u, MIN_KM);
                mobility.learn(null, from(7922, s % 3 == 0 ? laptop : phone), u, MIN_KM);
            }
        }
        assertTrue(mobility.isMobile(20057), "300 phone sign-ins of 30 users");
        assertFalse(mobility.isMobile(7922), "a third from a laptop: a fixed line");

        AsnMobility few = new AsnMobility();
        for (int s = 0; s < 100; s++) {
            few.learn(null, from(20057, phone), s % 4, MIN_KM);
        }
        assertFalse(few.isMobile(20057), "four users");
    }
}
