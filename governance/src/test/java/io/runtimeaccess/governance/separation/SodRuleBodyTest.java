package io.runtimeaccess.governance.separation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.sharing.api.BadRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SodRuleBodyTest {

    private static SodRuleBody body(String name, String scope, String solutionId, List<String> keys, String mode) {
        SodRuleBody body = new SodRuleBody();
        body.name = name;
        body.scope = scope;
        body.solutionId = solutionId;
        body.itemKeys = keys;
        body.mode = mode;
        return body;
    }

    private static String field(SodRuleBody body) {
        BadRequest refused = assertThrows(BadRequest.class, () -> body.toRule(null, Set.of("pay")));
        assertEquals(400, refused.getResponse().getStatus());
        return (String) ((Map<?, ?>) refused.getResponse().getEntity()).get("field");
    }

    @Test
    void defaultsToAnEnabledGlobalPreventRule() {
        SodRule rule = body(" Approve and create ", null, null, List.of("grant:pay:approver", "realm-role:admin"), null)
                .toRule("r1", Set.of());
        assertEquals("Approve and create", rule.name());
        assertEquals(SodRule.Scope.GLOBAL, rule.scope());
        assertTrue(rule.prevent());
        assertTrue(rule.enabled());
        SodRuleBody back = SodRuleBody.of(rule);
        assertEquals("global", back.scope);
        assertEquals("prevent", back.mode);
    }

    @Test
    void everyKindOfKeyIsAccepted() {
        SodRule rule = body("All kinds", "global", null, List.of("grant:pay:approver", "eug:g1", "realm-role:admin",
                "client-role:account:manage-account", "group:g2"), "warn").toRule(null, Set.of());
        assertEquals(5, rule.itemKeys().size());
        assertFalse(rule.prevent());
    }

    @Test
    void namesTheFieldOfEachMistake() {
        List<String> two = List.of("realm-role:a", "realm-role:b");
        assertEquals("name", field(body(null, null, null, two, null)));
        assertEquals("name", field(body("  ", null, null, two, null)));
        assertEquals("name", field(body("n".repeat(101), null, null, two, null)));
        assertEquals("itemKeys", field(body("r", null, null, null, null)));
        assertEquals("itemKeys", field(body("r", null, null, List.of("realm-role:a"), null)));
        assertEquals("itemKeys", field(body("r", null, null, Collections.nCopies(21, "realm-role:a"), null)));
        assertEquals("itemKeys[1]", field(body("r", null, null, List.of("realm-role:a", "role:b"), null)));
        assertEquals("itemKeys[1]", field(body("r", null, null, List.of("realm-role:a", "grant:pay"), null)));
        assertEquals("itemKeys[1]", field(body("r", null, null, List.of("realm-role:a", "client-role:x:"), null)));
        assertEquals("itemKeys[1]", field(body("r", null, null, List.of("realm-role:a", "realm-role:"), null)));
        assertEquals("itemKeys[1]", field(body("r", null, null, List.of("realm-role:a", "realm-role:a"), null)));
        List<String> withNull = new ArrayList<>(List.of("realm-role:a"));
        withNull.add(null);
        assertEquals("itemKeys[1]", field(body("r", null, null, withNull, null)));
        assertEquals("scope", field(body("r", "realm", null, two, null)));
        assertEquals("mode", field(body("r", null, null, two, "block")));
        assertEquals("solutionId", field(body("r", "global", "pay", two, null)));
    }

    @Test
    void aSolutionRuleNeedsAnExistingSolutionAndOnlyItsGrants() {
        List<String> pay = List.of("grant:pay:approver", "grant:pay:creator");
        assertEquals(SodRule.Scope.SOLUTION, body("r", "solution", "pay", pay, null).toRule(null, Set.of("pay")).scope());
        assertEquals("solutionId", field(body("r", "solution", null, pay, null)));
        assertEquals("solutionId", field(body("r", "solution", "loans", List.of("grant:loans:a", "grant:loans:b"),
                null)));
        assertEquals("itemKeys[1]", field(body("r", "solution", "pay", List.of("grant:pay:approver",
                "realm-role:admin"), null)));
        assertEquals("itemKeys[0]", field(body("r", "solution", "pay", List.of("grant:payments:approver",
                "grant:pay:creator"), null)));
    }
}
