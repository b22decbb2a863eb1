package io.runtimeaccess.anomaly.detections;

import static io.runtimeaccess.anomaly.finding.Detection.BULK_ADMIN_ACTIVITY;
import static io.runtimeaccess.anomaly.support.Scenario.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.event.AdminOperation;
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
}
