package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.BULK_ADMIN_ACTIVITY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkAdminActivityTest {

    private final Scenario realm = new Scenario();
    private final String office = realm.homeIsp.address(1, 10);

    /** {@code count} changes a second apart, starting at {@link Scenario#now}; returns the last assessment. */
    private Assessment burst(String admin, AdminOperation operation, int count) {
        Assessment last = null;
        for (int i = 0; i < count; i++) {
            last = realm.scorer.assess(Events.admin(admin, realm.now + i * 1_000L, office, operation, "USER", "u" + i,
                    List.of()));
        }
        realm.now += Events.DAY;
        return last;
    }

    @Test
    void firesOnABurstOfDeletes() {
        Assessment last = burst("helpdesk", AdminOperation.DELETE, 40);

        Reason reason = reason(last, BULK_ADMIN_ACTIVITY);
        assertNotNull(reason, last.toString());
        assertTrue(reason.weight() >= 60, reason.toString());
        assertEquals("40", reason.evidence().get("changes"));
        assertEquals("0 creates, 40 deletes, 0 role/group changes", reason.evidence().get("byOperation"));
        assertEquals(16, last.coveredEventIds().size());
    }

    @Test
    void quietForAFewChangesAndForAttributeUpdates() {
        assertNull(reason(burst("helpdesk", AdminOperation.CREATE, 10), BULK_ADMIN_ACTIVITY));
        assertNull(reason(burst("helpdesk", AdminOperation.UPDATE, 100), BULK_ADMIN_ACTIVITY));
    }

    @Test
    void judgedAgainstTheAdminsOwnBusiestWindow() {
        for (int day = 0; day < 5; day++) {
            burst("provisioner", AdminOperation.CREATE, 18); // below the minimum: learned as usual
        }
        assertNull(reason(burst("provisioner", AdminOperation.CREATE, 45), BULK_ADMIN_ACTIVITY), "within 3x of 18");
        assertNull(reason(burst("provisioner", AdminOperation.CREATE, 120), BULK_ADMIN_ACTIVITY), "within 3x of 45");
        assertNotNull(reason(burst("provisioner", AdminOperation.CREATE, 500), BULK_ADMIN_ACTIVITY));
        assertNotNull(reason(burst("newcomer", AdminOperation.CREATE, 45), BULK_ADMIN_ACTIVITY), "no baseline yet");
    }

    private static final List<GrantedAccess> VIEWER = List.of(new GrantedAccess("role", "invoice-viewer", false));

    /**
     * Onboarding: {@code people} accounts created and given a role, a person every 70 seconds (about 17
     * changes in any ten minutes, under the minimum, so the batch is learned as usual); then a day passes.
     */
    private Assessment onboarding(String admin, int people) {
        Assessment last = null;
        for (int i = 0; i < people; i++) {
            long t = realm.now + i * 70_000L;
            last = realm.scorer.assess(Events.admin(admin, t, office, AdminOperation.CREATE, "USER", "n" + i, List.of()));
            Assessment grant = realm.scorer.assess(Events.admin(admin, t + 30_000L, office, AdminOperation.CREATE,
                    "REALM_ROLE_MAPPING", "n" + i, VIEWER));
            last = reason(grant, BULK_ADMIN_ACTIVITY) != null ? grant : last;
        }
        realm.now += Events.DAY;
        return last;
    }

    /** Five working days of onboarding batches of 25 people and two deletes a day. */
    private void onboardingAdmin(String admin) {
        for (int day = 0; day < 5; day++) {
            onboarding(admin, 25);
            burst(admin, AdminOperation.DELETE, 2);
        }
    }

    @Test
    void deletesAreJudgedAgainstTheAdminsOwnDeletesNotItsOnboardingBatches() {
        onboardingAdmin("hr-admin");

        Assessment last = burst("hr-admin", AdminOperation.DELETE, 20);

        Reason reason = reason(last, BULK_ADMIN_ACTIVITY);
        assertNotNull(reason, "20 deletes by an admin who deletes 2 at a time, although onboarding windows had ~17 changes");
        assertEquals("deletes", reason.evidence().get("burstOf"));
        assertEquals("2", reason.evidence().get("usualPeak"));
        assertEquals("20", reason.evidence().get("deletes"));
        assertTrue(reason.text().contains("20 deletes in 10 minutes"), reason.text());
        assertTrue(reason.weight() >= 60, reason.toString());
    }

    @Test
    void onboardingBatchesDoNotFlag() {
        onboardingAdmin("hr-admin");

        assertNull(reason(onboarding("hr-admin", 60), BULK_ADMIN_ACTIVITY), "a bigger batch at the usual pace");
        assertNull(reason(burst("hr-admin", AdminOperation.DELETE, 5), BULK_ADMIN_ACTIVITY), "a few deletes");
    }

    @Test
    void deletesHaveTheirOwnLowerMinimum() {
        assertNull(reason(burst("helpdesk", AdminOperation.DELETE, 9), BULK_ADMIN_ACTIVITY), "below bulkMinDeletes");
        assertNotNull(reason(burst("cleaner", AdminOperation.DELETE, 10), BULK_ADMIN_ACTIVITY), "no delete history");
        assertNull(reason(burst("provisioner", AdminOperation.CREATE, 19), BULK_ADMIN_ACTIVITY), "creates keep 20");
        assertThrows(IllegalArgumentException.class, () -> ScorerSettings.builder().bulkMinDeletes(1).build());
    }

    @Test
    void anAdminWhoRoutinelyDeletesManyUsersIsNotFlagged() {
        for (int day = 0; day < 5; day++) {
            burst("offboarding", AdminOperation.DELETE, 9); // under the minimum: learned as usual
        }
        assertNull(reason(burst("offboarding", AdminOperation.DELETE, 25), BULK_ADMIN_ACTIVITY), "within 3x of 9");
        assertNull(reason(burst("offboarding", AdminOperation.DELETE, 60), BULK_ADMIN_ACTIVITY), "within 3x of 25");
        assertNotNull(reason(burst("offboarding", AdminOperation.DELETE, 200), BULK_ADMIN_ACTIVITY));
    }

    @Test
    void aBurstOfGrantsAloneIsJudgedAgainstTheAdminsGrants() {
        onboardingAdmin("hr-admin");
        Assessment last = null;
        for (int i = 0; i < 40; i++) {
            last = realm.scorer.assess(Events.admin("hr-admin", realm.now + i * 10_000L, office, AdminOperation.CREATE,
                    "REALM_ROLE_MAPPING", "g" + i, VIEWER));
        }

        Reason reason = reason(last, BULK_ADMIN_ACTIVITY);
        assertNotNull(reason, "40 grants in 7 minutes; onboarding windows had ~9 grants among ~17 changes");
        assertEquals("role/group changes", reason.evidence().get("burstOf"));
    }

    @Test
    void theStartOfABurstAcrossAWindowBoundaryIsNotLearnedAsUsual() {
        long boundary = Math.floorDiv(realm.now, 600_000L) * 600_000L + 10 * 600_000L;
        Assessment tenth = null;
        for (int i = 0; i < 10; i++) { // eight deletes before the 10-minute boundary, two after
            tenth = realm.scorer.assess(Events.admin("helpdesk", boundary - 56_000L + i * 7_000L, office,
                    AdminOperation.DELETE, "USER", "u" + i, List.of()));
        }

        Reason reason = reason(tenth, BULK_ADMIN_ACTIVITY);
        assertNotNull(reason, "the first eight are not this admin's usual");
        assertEquals("0", reason.evidence().get("usualPeak"));
    }
}
