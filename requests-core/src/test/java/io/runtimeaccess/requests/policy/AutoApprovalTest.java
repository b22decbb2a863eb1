package io.runtimeaccess.requests.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AutoApprovalTest {

    private final AutoApproval rule = AutoApproval.of(0.8, 30);

    @Test
    void approvesAConfidentRecommendationForALowRiskUser() {
        assertTrue(rule.allows(0.8, 29));
        assertTrue(rule.allows(0.95, 0));
    }

    @Test
    void aHumanDecidesBelowTheConfidenceAtOrAboveTheRiskOrWhenEitherIsUnknown() {
        assertFalse(rule.allows(0.79, 10), "not confident enough");
        assertFalse(rule.allows(0.9, 30), "risk at the threshold");
        assertFalse(rule.allows(null, 10), "not recommended");
        assertFalse(rule.allows(0.9, null), "risk unknown");
    }

    @Test
    void thresholdsAreCheckedNamingTheField() {
        assertEquals("autoApproval.minConfidence", AccessPolicyTest.field(() -> AutoApproval.of(0.0, 30)));
        assertEquals("autoApproval.minConfidence", AccessPolicyTest.field(() -> AutoApproval.of(1.01, 30)));
        assertEquals("autoApproval.minConfidence", AccessPolicyTest.field(() -> AutoApproval.of(Double.NaN, 30)));
        assertEquals("autoApproval.minConfidence", AccessPolicyTest.field(() -> AutoApproval.of(null, 30)));
        assertEquals("autoApproval.maxRisk", AccessPolicyTest.field(() -> AutoApproval.of(0.5, 0)));
        assertEquals("autoApproval.maxRisk", AccessPolicyTest.field(() -> AutoApproval.of(0.5, 101)));
        assertEquals("autoApproval.maxRisk", AccessPolicyTest.field(() -> AutoApproval.of(0.5, null)));
    }
}
