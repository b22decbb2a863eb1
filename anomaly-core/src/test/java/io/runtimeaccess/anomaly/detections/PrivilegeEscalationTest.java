package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.PRIVILEGE_ESCALATION;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivilegeEscalationTest {

    private final Scenario realm = new Scenario();
    private final String office = realm.homeIsp.address(1, 10);
    private static final List<GrantedAccess> REALM_ADMIN = List.of(new GrantedAccess("role", "realm-admin", true));
    private static final List<GrantedAccess> VIEWER = List.of(new GrantedAccess("role", "report-viewer", false));

    private void usualWork(String admin) {
        for (int i = 0; i < 5; i++) {
            realm.scorer.assess(Events.admin(admin, realm.now + i * Events.HOUR, office, AdminOperation.UPDATE, "USER",
                    "u" + i, List.of()));
        }
        realm.now += 6 * Events.HOUR;
    }

    private Assessment grant(String admin, String target, String ip, List<GrantedAccess> granted) {
        return realm.scorer.assess(Events.admin(admin, realm.now, ip, AdminOperation.CREATE, "REALM_ROLE_MAPPING", target,
                granted));
    }

    @Test
    void grantingAnAdminRoleIsWorthALook() {
        usualWork("boss");

        Reason reason = reason(grant("boss", "bob", office, REALM_ADMIN), PRIVILEGE_ESCALATION);

        assertNotNull(reason);
        assertEquals(35, reason.weight());
        assertEquals("role realm-admin", reason.evidence().get("granted"));
        assertEquals("bob", reason.evidence().get("targetUser"));
    }

    @Test
    void selfGrantedIsCritical() {
        usualWork("boss");

        Assessment assessment = grant("boss", "boss", office, REALM_ADMIN);

        assertEquals(85, Scenario.weight(assessment, PRIVILEGE_ESCALATION));
        assertEquals("true", reason(assessment, PRIVILEGE_ESCALATION).evidence().get("selfGranted"));
        assertEquals(io.runtimeaccess.anomaly.finding.Severity.CRITICAL, assessment.severity());
    }

    @Test
    void fromANetworkTheAdminNeverUsedWeighsMore() {
        usualWork("boss");

        Assessment assessment = grant("boss", "bob", realm.brazil.address(1, 1), REALM_ADMIN);

        Reason reason = reason(assessment, PRIVILEGE_ESCALATION);
        assertEquals(65, reason.weight());
        assertTrue(reason.text().contains("never used"), reason.text());
        assertEquals(realm.homeIsp.address(1, 0).replaceAll("\\.0$", ".0") + "/24",
                reason.evidence().get("usualAdminNetworks"));
    }

    @Test
    void anOrdinaryRoleIsNotEscalation() {
        usualWork("boss");

        assertNull(reason(grant("boss", "bob", office, VIEWER), PRIVILEGE_ESCALATION));
        assertNull(reason(grant("boss", "bob", realm.brazil.address(1, 1), VIEWER), PRIVILEGE_ESCALATION));
    }

    private void change(String admin, long time, String ip) {
        realm.scorer.assess(Events.admin(admin, time, ip, AdminOperation.CREATE, "USER", "new-" + time, List.of()));
    }

    @Test
    void aHarmlessChangeAMinuteEarlierDoesNotMakeTheNetworkKnown() {
        usualWork("boss");
        String attacker = realm.brazil.address(1, 1);
        change("boss", realm.now, attacker);
        realm.now += Events.MINUTE;

        Reason reason = reason(grant("boss", "mallory", attacker, REALM_ADMIN), PRIVILEGE_ESCALATION);

        assertEquals(65, reason.weight());
        assertTrue(reason.text().contains("first used 1 minute ago"), reason.text());
        assertEquals(realm.homeIsp.address(1, 0) + "/24", reason.evidence().get("usualAdminNetworks"),
                "the unconfirmed network is not listed as usual");
    }

    @Test
    void aSittingShorterThanAnHourDoesNotMakeTheNetworkKnownEvenAcrossMidnight() {
        usualWork("boss");
        String hotel = realm.otherIsp.address(3, 3);
        long midnight = Math.floorDiv(realm.now, Events.DAY) * Events.DAY + Events.DAY;
        for (long t = midnight - 25 * Events.MINUTE; t < midnight + 30 * Events.MINUTE; t += 10 * Events.MINUTE) {
            change("boss", t, hotel); // six changes within 50 minutes, on two calendar days
        }
        realm.now = midnight + 31 * Events.MINUTE;

        assertEquals(65, reason(grant("boss", "bob", hotel, REALM_ADMIN), PRIVILEGE_ESCALATION).weight());
    }

    @Test
    void aNetworkUsedOnTwoDaysIsKnown() {
        usualWork("boss");
        String home = realm.otherIsp.address(2, 20);
        change("boss", realm.now, home);
        realm.now += Events.DAY;
        change("boss", realm.now, home);
        realm.now += Events.MINUTE;

        assertEquals(35, reason(grant("boss", "bob", home, REALM_ADMIN), PRIVILEGE_ESCALATION).weight());
    }

    @Test
    void aNetworkUsedMoreThanAnHourApartIsKnown() {
        usualWork("boss");
        String home = realm.otherIsp.address(2, 20);
        change("boss", realm.now, home);
        change("boss", realm.now + 61 * Events.MINUTE, home);
        realm.now += 62 * Events.MINUTE;

        assertEquals(35, reason(grant("boss", "bob", home, REALM_ADMIN), PRIVILEGE_ESCALATION).weight());
    }

    @Test
    void anAdminWithoutAConfirmedNetworkIsNotJudgedOnNetworks() {
        for (int i = 0; i < 5; i++) {
            change("newcomer", realm.now + i * Events.MINUTE, office); // one sitting: nothing confirmed yet
        }
        realm.now += 10 * Events.MINUTE;

        assertEquals(35, reason(grant("newcomer", "bob", realm.brazil.address(1, 1), REALM_ADMIN),
                PRIVILEGE_ESCALATION).weight());
    }
}
