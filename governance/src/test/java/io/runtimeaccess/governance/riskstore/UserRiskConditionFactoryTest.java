package io.runtimeaccess.governance.riskstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.runtimeaccess.governance.risk.RiskReason;
import io.runtimeaccess.governance.risk.UserRisk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.provider.ProviderConfigProperty;

class UserRiskConditionFactoryTest {

    private final UserRiskConditionFactory factory = new UserRiskConditionFactory();

    @Test
    void namesAndChoicesAreThoseOfAKeycloakCondition() {
        assertEquals("runtime-access-condition-user-risk", factory.getId());
        assertEquals("Condition - user risk", factory.getDisplayType());
        assertEquals(List.of(Requirement.REQUIRED, Requirement.DISABLED), List.of(factory.getRequirementChoices()));
        assertSame(UserRiskCondition.SINGLETON, factory.getSingleton());
        assertEquals(List.of("threshold", "negate", "unscoredRisky"),
                factory.getConfigProperties().stream().map(ProviderConfigProperty::getName).toList());
        assertEquals("70", factory.getConfigProperties().get(0).getDefaultValue());
    }

    @Test
    void theThresholdFallsBackTo70WhenAbsentOrUnusable() {
        assertEquals(70, UserRiskConditionFactory.threshold(Map.of()));
        assertEquals(70, UserRiskConditionFactory.threshold(Map.of("threshold", " ")));
        assertEquals(70, UserRiskConditionFactory.threshold(Map.of("threshold", "high")));
        assertEquals(70, UserRiskConditionFactory.threshold(Map.of("threshold", "101")));
        assertEquals(70, UserRiskConditionFactory.threshold(Map.of("threshold", "-1")));
        assertEquals(0, UserRiskConditionFactory.threshold(Map.of("threshold", "0")));
        assertEquals(45, UserRiskConditionFactory.threshold(Map.of("threshold", " 45 ")));
    }

    @Test
    void theRepresentationHasTheContractFields() {
        StoredRisk stored = new StoredRisk("u1", new UserRisk(60, "medium", List.of(
                new RiskReason("admin-role", 35, "Holds admin roles: realm-management realm-admin"))),
                Instant.parse("2026-12-04T10:00:00Z"), "risk-1");
        Map<String, Object> json = RiskResource.representation(stored, "alice");
        assertEquals(List.of("userId", "username", "score", "level", "reasons", "computedAt", "modelVersion"),
                List.copyOf(json.keySet()));
        assertEquals("2026-12-04T10:00:00Z", json.get("computedAt"));
        assertEquals(List.of(Map.of("code", "admin-role", "points", 35, "text",
                "Holds admin roles: realm-management realm-admin")), json.get("reasons"));
    }
}
