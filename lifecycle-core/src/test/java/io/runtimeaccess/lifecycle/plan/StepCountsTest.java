package io.runtimeaccess.lifecycle.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepCountsTest {

    @Test
    void failedUsersStayPendingSoAResumeRetriesThem() {
        StepCounts counts = StepCounts.of(List.of(UserStep.DONE, UserStep.GONE, UserStep.FAILED, UserStep.PENDING));
        assertEquals(new StepCounts(4, 1, 1, 1, 2), counts);
        assertEquals(PlanStatus.APPLYING, PlanStatus.of(counts));
        assertTrue(UserStep.FAILED.open());
        assertFalse(UserStep.DONE.open());
        assertFalse(UserStep.GONE.open());
    }

    /** Counted by the database per step, the same totals as from the steps themselves. */
    @Test
    void countsPerStepGiveTheSameTotals() {
        assertEquals(new StepCounts(9, 3, 1, 2, 5), StepCounts.of(java.util.Map.of(UserStep.DONE, 3L, UserStep.GONE,
                1L, UserStep.FAILED, 2L, UserStep.PENDING, 3L)));
        assertEquals(new StepCounts(0, 0, 0, 0, 0), StepCounts.of(java.util.Map.<UserStep, Long>of()));
    }

    @Test
    void aPlanIsAppliedWhenNoUserIsLeft() {
        assertEquals(PlanStatus.APPLIED, PlanStatus.of(StepCounts.of(List.of(UserStep.DONE, UserStep.GONE))));
        assertEquals(PlanStatus.APPLIED, PlanStatus.of(StepCounts.of(List.of())));
        assertFalse(PlanStatus.APPLIED.applicable());
        assertTrue(PlanStatus.APPLYING.applicable());
        assertTrue(PlanStatus.PLANNED.applicable());
    }

    @Test
    void scopesNameTheirRequestField() {
        assertEquals("identityProvider", PlanScope.IDENTITY_PROVIDER.field());
        assertEquals("end-user-group", PlanScope.END_USER_GROUP.apiName());
    }
}
