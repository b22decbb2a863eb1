package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.resource.AuthenticationManagementResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * "Condition - user risk" in a conditional browser flow: a copy of the browser flow whose "forms" sub-flow
 * gets a CONDITIONAL sub-flow (the condition, then the OTP form), so a user whose stored risk reaches the
 * threshold is asked to set up OTP and a low-risk user signs in with the password alone. Also the user-risk
 * endpoints and their 400 / 403 / 404 answers.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class UserRiskConditionIT extends AbstractSharingIT {

    private static final String CONDITION = "runtime-access-condition-user-risk";
    private static final String FLOW = "browser-user-risk";
    private static final String RISK_FLOW = "risky users need OTP";
    private static final int THRESHOLD = 50;

    private RealmRepresentation before;

    @BeforeEach
    void bindTheRiskFlow() {
        before = organization.admin().toRepresentation();
        assertNotEquals(FLOW, before.getBrowserFlow(), "a previous test left the risk flow bound");
        deleteTheRiskFlow();
        copyBrowserFlowWithTheRiskCondition(before.getBrowserFlow());
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setBrowserFlow(FLOW);
        organization.admin().update(realm);
    }

    @AfterEach
    void restoreTheBrowserFlow() {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setBrowserFlow(before.getBrowserFlow());
        organization.admin().update(realm);
        deleteTheRiskFlow();
    }

    @Test
    void aRiskyUserIsAskedForOtpAndALowRiskUserIsNot() {
        String riskyId = createOrganizationUser("risk-admin");
        grantRealmManagement(organization, riskyId, "realm-admin");
        String calmId = createOrganizationUser("risk-calm");

        // Never scored: counts as score 0 (the default), so nobody is asked yet.
        assertSignedIn(org.formLogin(new Browser(), "risk-admin", "risk-admin", Map.of()));

        JsonNode risky = json(adminPost("governance/users/" + riskyId + "/risk", ""), 200);
        assertEquals(riskyId, risky.get("userId").asText());
        assertEquals("risk-admin", risky.get("username").asText());
        assertTrue(risky.get("score").asInt() >= THRESHOLD, "admin without a second factor: " + risky);
        assertEquals(List.of("admin-role", "no-second-factor-privileged"), codes(risky).subList(0, 2),
                "privilege first, then the missing second factor: " + risky);
        assertEquals("risk-1", risky.get("modelVersion").asText());
        JsonNode calm = json(adminGet("governance/users/risk-calm/risk"), 200);
        assertTrue(calm.get("score").asInt() < THRESHOLD, "computed on first read: " + calm);
        assertTrue(codes(calm).contains("no-second-factor") && !codes(calm).contains("admin-role"), calm.toString());

        AssertionError stopped = assertThrows(AssertionError.class,
                () -> org.formLogin(new Browser(), "risk-admin", "risk-admin", Map.of()));
        assertTrue(stopped.getMessage().contains("Mobile Authenticator Setup"),
                "the risky user must set up OTP: " + stopped.getMessage());
        assertSignedIn(org.formLogin(new Browser(), "risk-calm", "risk-calm", Map.of()));

        // other classes' governance runs score the realm's other users too: only this test's two are looked at
        JsonNode ranked = json(adminGet("governance/risk?min=" + THRESHOLD + "&max=1000"), 200);
        JsonNode rankedRisky = entryOf(ranked, riskyId);
        assertTrue(rankedRisky != null, "the risky user reaches the threshold: " + ranked);
        assertEquals("risk-admin", rankedRisky.get("username").asText(), "the ranking names each user");
        assertNull(entryOf(ranked, calmId), "the calm user does not: " + ranked);
        for (JsonNode entry : ranked) {
            assertTrue(entry.get("score").asInt() >= THRESHOLD, "only users at the threshold: " + ranked);
        }
        JsonNode all = json(adminGet("governance/risk?first=0&max=100"), 200);
        assertTrue(all.size() >= 2);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).get("score").asInt() >= all.get(i).get("score").asInt(), "highest first");
        }

        // A removed user takes its stored risk along.
        JsonNode stored = json(adminGet("governance/risk?max=1000"), 200);
        boolean calmStored = false;
        for (JsonNode risk : stored) {
            calmStored |= calmId.equals(risk.get("userId").asText());
        }
        assertTrue(calmStored, "precondition: the calm user's risk was stored: " + stored);
        organization.admin().users().delete(calmId).close();
        JsonNode after = json(adminGet("governance/risk?max=1000"), 200);
        after.forEach(r -> assertNotEquals(calmId, r.get("userId").asText()));
    }

    /**
     * A disabled account is stored as a risk of 0; enabling it through the admin API scores it again, so the
     * condition asks the re-enabled admin for OTP at once instead of after the next nightly run.
     */
    @Test
    void anAccountEnabledAgainIsScoredAgain() {
        String returnerId = createOrganizationUser("risk-returner");
        grantRealmManagement(organization, returnerId, "realm-admin");
        try {
            UserRepresentation user = organization.admin().users().get(returnerId).toRepresentation();
            user.setEnabled(false);
            organization.admin().users().get(returnerId).update(user);
            JsonNode disabled = json(adminPost("governance/users/" + returnerId + "/risk", ""), 200);
            assertEquals(0, disabled.get("score").asInt(), disabled.toString());
            assertEquals(List.of("disabled"), codes(disabled));

            user.setEnabled(true);
            organization.admin().users().get(returnerId).update(user);
            awaitTrue(() -> codes(json(adminGet("governance/users/" + returnerId + "/risk"), 200))
                    .contains("admin-role"), "scored again once enabled");
            AssertionError stopped = assertThrows(AssertionError.class,
                    () -> org.formLogin(new Browser(), "risk-returner", "risk-returner", Map.of()));
            assertTrue(stopped.getMessage().contains("Mobile Authenticator Setup"),
                    "the re-enabled admin must set up OTP: " + stopped.getMessage());
        } finally {
            organization.admin().users().delete(returnerId).close(); // no realm-admin left in the shared realm
        }
    }

    /**
     * Readers of a user no run has scored yet, at once: each computes the risk and one stores it; every one answers
     * 200 with what it computed (two inserts of the user's row used to end in a 500 for the second). Another
     * request's first row for the user is held uncommitted until both readers wait behind it, so they do overlap.
     */
    @Test
    void readersOfAnUnscoredUserAtOnceAllGetTheRisk() throws Exception {
        String id = createOrganizationUser("risk-popular");
        Map<String, Object> first = Map.of("ID", UUID.randomUUID().toString(), "REALM_ID",
                organization.admin().toRepresentation().getId(), "USER_ID", id, "SCORE", 0, "RISK_LEVEL", "low",
                "REASONS", "[]", "COMPUTED_AT", System.currentTimeMillis(), "MODEL_VERSION", "other-request");
        try (Connection held = TestDatabase.holdingNewRow("RA_GOV_USER_RISK", first)) {
            assumeTrue(held != null, "needs a database the test can reach (not the embedded H2)");
            List<CompletableFuture<HttpResponse<String>>> answers = List.of(
                    CompletableFuture.supplyAsync(() -> adminGet("governance/users/" + id + "/risk")),
                    CompletableFuture.supplyAsync(() -> adminGet("governance/users/" + id + "/risk")));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertTrue(codes(json(answer.get(), 200)).contains("no-second-factor"), answer.get().body());
            }
        }
        organization.admin().users().delete(id).close();
    }

    @Test
    void oneUsersScoreCountsAnAdminRoleThroughAGroupAsARunDoes() {
        String group = organizationGroupWithRealmManagement("risk-operators", "manage-users");
        String operator = createOrganizationUser("risk-operator");
        organization.admin().users().get(operator).joinGroup(group);
        String nightShift = subGroup(group, "night");
        String nightOperator = createOrganizationUser("risk-night-operator");
        organization.admin().users().get(nightOperator).joinGroup(nightShift);
        try {
            JsonNode scored = json(adminPost("governance/users/" + operator + "/risk", ""), 200);
            assertTrue(codes(scored).contains("privileged-access") && codes(scored).contains("no-second-factor-privileged"),
                    "the group carries an admin role, as a run reads it: " + scored);
            JsonNode inherited = json(adminPost("governance/users/" + nightOperator + "/risk", ""), 200);
            assertTrue(codes(inherited).contains("privileged-access"), "a subgroup's members hold its parent's admin "
                    + "role: " + inherited);
        } finally {
            organization.admin().users().delete(operator).close();
            organization.admin().users().delete(nightOperator).close();
        }
    }

    /** An end-user group membership the settings call privileged counts in one user's score, as a run reads it. */
    @Test
    void oneUsersScoreCountsAPrivilegedEndUserGroupMembershipAsARunDoes() {
        String treasury = endUserGroup("Risk Treasury");
        createOrganizationUser("risk-treasurer");
        assertEquals(201, adminPost("groups/" + treasury + "/members", "{\"username\":\"risk-treasurer\"}")
                .statusCode());
        assertEquals(200, adminPut("governance/settings", "{\"privilegedItems\":[\"eug:" + treasury + "\"]}")
                .statusCode());
        try {
            JsonNode scored = json(adminPost("governance/users/risk-treasurer/risk", ""), 200);
            assertTrue(codes(scored).contains("privileged-access"), "the membership is privileged: " + scored);
        } finally {
            assertEquals(200, adminPut("governance/settings", "{\"privilegedItems\":[]}").statusCode());
        }
    }

    @Test
    void theEndpointsCheckInputRightsAndUsers() {
        createOrganizationUser("risk-subject");
        assertEquals(400, adminGet("governance/risk?min=101").statusCode());
        assertEquals("min", json(adminGet("governance/risk?min=abc"), 400).get("field").asText());
        assertEquals("max", json(adminGet("governance/risk?max=0"), 400).get("field").asText());
        assertEquals("user", json(adminGet("governance/users/no-such-user/risk"), 404).get("field").asText());
        assertEquals(404, adminPost("governance/users/no-such-user/risk", "").statusCode());
        assertEquals(404, adminGet("governance/users/risk-subject/nothing").statusCode());

        String viewer = organizationAdminToken("risk-viewer", "view-users");
        assertEquals(200, adminCall("GET", "governance/users/risk-subject/risk", viewer, null).statusCode());
        assertEquals(200, adminCall("GET", "governance/risk", viewer, null).statusCode());
        assertEquals(403, adminCall("POST", "governance/users/risk-subject/risk", viewer, null).statusCode());
        String nobody = organizationAdminToken("risk-nobody", "view-clients");
        assertEquals(403, adminCall("GET", "governance/risk", nobody, null).statusCode());
        assertEquals(403, adminCall("GET", "governance/users/risk-subject/risk", nobody, null).statusCode());
    }

    /** Copies the browser flow; its "forms" sub-flow gets a CONDITIONAL sub-flow: the condition, then OTP. */
    private void copyBrowserFlowWithTheRiskCondition(String original) {
        AuthenticationManagementResource flows = organization.admin().flows();
        try (Response copied = flows.copy(original, Map.of("newName", FLOW))) {
            assertEquals(201, copied.getStatus(), "copying the browser flow");
        }
        flows.addExecutionFlow(FLOW + " forms", Map.of("alias", RISK_FLOW, "type", "basic-flow",
                "provider", "registration-page-form", "description", "OTP when the user's risk is high"));
        flows.addExecution(RISK_FLOW, Map.of("provider", CONDITION));
        flows.addExecution(RISK_FLOW, Map.of("provider", "auth-otp-form"));
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(FLOW + " forms")) {
            if (RISK_FLOW.equals(execution.getDisplayName())) {
                execution.setRequirement("CONDITIONAL");
                flows.updateExecutions(FLOW + " forms", execution);
            }
        }
        for (AuthenticationExecutionInfoRepresentation execution : flows.getExecutions(RISK_FLOW)) {
            execution.setRequirement("REQUIRED");
            flows.updateExecutions(RISK_FLOW, execution);
        }
        AuthenticationExecutionInfoRepresentation condition = flows.getExecutions(FLOW).stream()
                .filter(e -> CONDITION.equals(e.getProviderId())).findFirst().orElseThrow();
        assertEquals("REQUIRED", condition.getRequirement());
        assertEquals("Condition - user risk", condition.getDisplayName());
        AuthenticatorConfigRepresentation config = new AuthenticatorConfigRepresentation();
        config.setAlias("risk at least " + THRESHOLD);
        config.setConfig(Map.of("threshold", Integer.toString(THRESHOLD)));
        try (Response created = flows.newExecutionConfig(condition.getId(), config)) {
            assertEquals(201, created.getStatus(), "configuring the condition");
        }
    }

    private void deleteTheRiskFlow() {
        organization.admin().flows().getFlows().stream().filter(f -> f.getAlias().equals(FLOW))
                .forEach(f -> organization.admin().flows().deleteFlow(f.getId()));
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return Oidc.json(response.body());
    }

    private static JsonNode entryOf(JsonNode ranked, String userId) {
        for (JsonNode entry : ranked) {
            if (userId.equals(entry.get("userId").asText())) {
                return entry;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode risk) {
        List<String> codes = new java.util.ArrayList<>();
        risk.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    private static void assertSignedIn(JsonNode tokens) {
        assertTrue(tokens.hasNonNull("access_token"), "signed in: " + tokens);
    }
}
