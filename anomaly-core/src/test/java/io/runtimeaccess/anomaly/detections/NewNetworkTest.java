package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.NEW_NETWORK;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static io.runtimeaccess.anomaly.support.Scenario.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import io.runtimeaccess.anomaly.support.TestWorld;
import org.junit.jupiter.api.Test;

class NewNetworkTest {

    private final Scenario realm = new Scenario().withRealm(10);
    private final String home = realm.homeIsp.address(7, 7);

    @Test
    void firesOnANewCountry() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, realm.brazil.address(1, 2), Events.CHROME_WINDOWS);

        Reason reason = reason(assessment, NEW_NETWORK);
        assertNotNull(reason);
        assertTrue(reason.weight() >= 60, reason.toString());
        assertEquals("BR", reason.evidence().get("country"));
        assertEquals("DE", reason.evidence().get("usualCountries"));
        assertEquals("AS" + realm.brazil.asn(), reason.evidence().get("asn"));
        assertTrue(reason.text().startsWith("First sign-in from BR"), reason.text());
        assertEquals(assessment.modelVersion(), io.runtimeaccess.anomaly.AnomalyScorer.MODEL_VERSION);
    }

    @Test
    void quietOnTheUsualNetwork() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, realm.homeIsp.address(7, 99), Events.CHROME_WINDOWS);

        assertNull(reason(assessment, NEW_NETWORK));
    }

    @Test
    void aNewSlash24UnderAStableHomeIspCountsButNotUnderAMobileCarrier() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double home24 = weight(realm.loginNextWeekday("alice", 9, realm.homeIsp.address(200, 1), Events.CHROME_WINDOWS),
                NEW_NETWORK);

        for (int i = 0; i < 30; i++) {
            realm.loginNextWeekday("mo", 9, realm.carrier.address(i * 7, 1), Events.SAFARI_IPHONE);
        }
        double carrier24 = weight(realm.loginNextWeekday("mo", 9, realm.carrier.address(250, 1), Events.SAFARI_IPHONE),
                NEW_NETWORK);

        assertTrue(home24 >= 40, "home " + home24);
        assertTrue(carrier24 < 10, "carrier " + carrier24);
    }

    @Test
    void aNetworkCommonInTheRealmCountsLessThanARareOne() {
        // the forty users of withRealm use four German home ISPs; the business fibre operator is unheard of
        realm.history("alice", home, Events.CHROME_WINDOWS, 6, 9);
        double common = weight(realm.loginNextWeekday("alice", 9, realm.otherIsp.address(5, 5), Events.CHROME_WINDOWS),
                NEW_NETWORK);
        Scenario other = new Scenario().withRealm(10);
        other.history("alice", home, Events.CHROME_WINDOWS, 6, 9);
        String rareGerman = other.world.operator(TestWorld.DE, TestWorld.Kind.OFFICE, 0).address(5, 5);
        double rare = weight(other.loginNextWeekday("alice", 9, rareGerman, Events.CHROME_WINDOWS), NEW_NETWORK);

        assertTrue(rare > common + 3, "rare " + rare + " common " + common);
    }

    @Test
    void aFirstEverSignInFromACommonPlaceIsNotAnAnomaly() {
        Assessment assessment = realm.loginNextWeekday("newcomer", 9, realm.homeIsp.address(77, 1), Events.CHROME_WINDOWS);

        assertEquals(Severity.NONE, assessment.severity());
        assertTrue(assessment.score() < 5, assessment.toString());
    }

    @Test
    void aFirstEverSignInFromARareCountryStaysLow() {
        Assessment assessment = realm.loginNextWeekday("newcomer", 9, realm.brazil.address(1, 1), Events.CHROME_WINDOWS);

        assertTrue(assessment.score() > 0 && assessment.score() < 40, assessment.toString());
        assertEquals("0", reason(assessment, NEW_NETWORK).evidence().get("signInsLearned"));
    }

    /** A datacenter in the realm's usual country: the text names what is unusual, not the country. */
    @Test
    void aFirstSignInFromADatacenterInTheUsualCountrySaysWhatIsUnusual() {
        Assessment first = realm.loginNextWeekday("newcomer", 9, realm.hosting.address(2, 2), Events.CHROME_WINDOWS);
        Reason reason = reason(first, NEW_NETWORK);
        assertNotNull(reason, first.toString());
        assertFalse(reason.text().contains("DE is uncommon"), "DE is the realm's usual country: " + reason.text());
        assertTrue(reason.text().contains("a VPN or datacenter network"), reason.text());
    }

    @Test
    void aFirstVpnAddsToTheSurprise() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double vpn = weight(realm.loginNextWeekday("alice", 9, realm.hosting.address(1, 1), Events.CHROME_WINDOWS),
                NEW_NETWORK);
        Scenario other = new Scenario().withRealm(10);
        other.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double isp = weight(other.loginNextWeekday("alice", 9,
                other.world.operator(TestWorld.DE, TestWorld.Kind.HOME, 3).address(1, 1), Events.CHROME_WINDOWS), NEW_NETWORK);

        assertTrue(vpn > isp, "vpn " + vpn + " isp " + isp);
        Scenario fresh = new Scenario().withRealm(10);
        Assessment first = fresh.loginNextWeekday("bob", 9, fresh.hosting.address(2, 2), Events.CHROME_WINDOWS);
        assertEquals("true", reason(first, NEW_NETWORK).evidence().get("vpnOrDatacenter"));
        assertTrue(first.score() < 20, first.toString());
    }

    /** The realm's tables cover IPv4 only: an IPv6 address has no country or operator, which says nothing new. */
    @Test
    void anAddressTheTablesDoNotLocateIsNoNewCountryOrOperator() {
        realm.history("alice", home, Events.CHROME_WINDOWS, 30, 9);

        Assessment assessment = realm.loginNextWeekday("alice", 9, "2001:db8:7:1::9", Events.CHROME_WINDOWS);

        // told, if at all, as a network the user never used: no country or operator to be new
        Reason reason = reason(assessment, NEW_NETWORK);
        assertTrue(reason == null || reason.text().startsWith("First sign-in from network "), String.valueOf(reason));
        Scenario other = new Scenario().withRealm(10);
        other.history("alice", home, Events.CHROME_WINDOWS, 30, 9);
        double newCountry = weight(other.loginNextWeekday("alice", 9, other.brazil.address(1, 2), Events.CHROME_WINDOWS),
                NEW_NETWORK);
        assertTrue(weight(assessment, NEW_NETWORK) < newCountry / 2, reason + " against a new country's " + newCountry);
    }

    /** Tables added after the user's history was learned without them: the first located sign-in is no new country. */
    @Test
    void aHistoryOfUnlocatedAddressesMakesNoCountryNew() {
        for (int i = 0; i < 30; i++) {
            realm.loginNextWeekday("bob", 9, "2001:db8:7:1::" + (i + 1), Events.CHROME_WINDOWS);
        }

        Reason reason = reason(realm.loginNextWeekday("bob", 9, home, Events.CHROME_WINDOWS), NEW_NETWORK);

        assertNotNull(reason);
        assertTrue(reason.text().startsWith("First sign-in from network "), reason.text());
    }
}
