package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Role mining on a real Keycloak: users holding the same runtime roles directly make a template; applying it
 * creates the runtime role and a new, inactive build through the sharing code path (admin events included);
 * bad input is a 400 naming the field, a taken name a 409, and a view-only admin may look but not apply. The
 * realm is shared with other test classes, so every name here starts with "mining" and assertions look only at
 * this test's solution.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class RoleMiningIT extends AbstractSharingIT {

    private static final String MINING = "governance/role-mining";

    @Test
    void aSharedSetOfRolesBecomesATemplateAndApplyingItCreatesTheRoleAndAnInactiveBuild() {
        enableAdminEvents();
        String solution = paymentsSolution("Mining Payments");
        String activeBuild = Oidc.json(adminGet("solutions/" + solution).body()).get("activeBuildId").asText();
        List<String> holders = new ArrayList<>();
        for (String username : List.of("mining-ann", "mining-ben", "mining-cat")) {
            holders.add(createOrganizationUser(username));
            grantToUser(solution, username, "mining-creator");
            grantToUser(solution, username, "mining-viewer");
        }
        createOrganizationUser("mining-dan");
        grantToUser(solution, "mining-dan", "mining-auditor");
        createOrganizationUser("mining-eve");
        grantToUser(solution, "mining-eve", "mining-viewer");

        HttpResponse<String> mined = adminGet(MINING);
        assertEquals(200, mined.statusCode(), mined.body());
        JsonNode answer = Oidc.json(mined.body());
        List<JsonNode> ours = new ArrayList<>();
        answer.get("templates").forEach(t -> {
            if (t.get("solutionId").asText().equals(solution)) {
                ours.add(t);
            }
        });
        assertEquals(1, ours.size(), mined.body());
        JsonNode template = ours.get(0);
        assertEquals("Mining Payments", template.get("solutionName").asText());
        assertEquals(List.of("mining-creator", "mining-viewer"), texts(template.get("roles")));
        assertEquals(3, template.get("users").asInt());
        assertEquals(Set.copyOf(holders), Set.copyOf(texts(template.get("userIds"))));
        assertEquals(6, template.get("grantsReplaced").asInt());
        assertTrue(texts(answer.get("solutions")).contains(solution), mined.body());
        JsonNode coverage = answer.get("coverage");
        assertTrue(coverage.get("directGrants").asInt() >= 8 && coverage.get("covered").asInt() >= 6, mined.body());
        String templateId = template.get("id").asText();

        HttpResponse<String> applied = adminPost(MINING + "/" + templateId + "/apply",
                "{\"roleName\":\"mining-clerk\",\"description\":\"creates and views payments\"}");
        assertEquals(201, applied.statusCode(), applied.body());
        JsonNode result = Oidc.json(applied.body());
        assertEquals("mining-clerk", result.get("role").get("name").asText());
        assertEquals(solution, result.get("solutionId").asText());
        assertEquals(0, result.get("replacedGrants").asInt());
        String buildId = result.get("buildId").asText();

        JsonNode after = Oidc.json(adminGet("solutions/" + solution).body());
        assertEquals(activeBuild, after.get("activeBuildId").asText(), "the new build is not activated");
        JsonNode build = null;
        for (JsonNode each : after.get("builds")) {
            if (each.get("id").asText().equals(buildId)) {
                build = each;
            }
        }
        assertNotNull(build, after.toString());
        assertFalse(build.get("active").asBoolean());
        assertEquals(List.of("user", "mining-creator", "mining-viewer", "mining-auditor", "mining-clerk"),
                texts(build.get("roles")));
        JsonNode permissions = build.get("resources").get(0).get("permissions");
        assertEquals(List.of("mining-viewer", "mining-auditor", "mining-clerk"), texts(permissions.get("view")));
        assertEquals(List.of("mining-creator", "mining-clerk"), texts(permissions.get("execute")));
        JsonNode roles = Oidc.json(adminGet("roles?search=mining-clerk").body());
        assertEquals(1, roles.size(), roles.toString());
        assertEquals("creates and views payments", roles.get(0).get("description").asText());
        assertEquals(2, Oidc.json(adminGet("users/mining-ann/access").body()).size(), "grants stay as they were");

        assertEquals(1, customAdminEvents("CREATE", "runtime-access/roles/mining-clerk").size());
        assertEquals(1, customAdminEvents("CREATE", "runtime-access/solutions/" + solution + "/builds/" + buildId)
                .size());
        assertEquals(1, customAdminEvents("ACTION", "runtime-access/governance/role-mining/" + templateId + "/apply")
                .size());

        HttpResponse<String> again = adminPost(MINING + "/" + templateId + "/apply", "{\"roleName\":\"mining-clerk\"}");
        assertRefused(again, 409, "roleName");
    }

    @Test
    void badInputIsA400NamingTheFieldAndAViewOnlyAdminMayNotApply() {
        String solution = paymentsSolution("Mining Checks");
        for (String username : List.of("mining-fay", "mining-gus")) {
            createOrganizationUser(username);
            grantToUser(solution, username, "mining-creator");
            grantToUser(solution, username, "mining-auditor");
        }
        String templateId = null;
        for (JsonNode template : Oidc.json(adminGet(MINING).body()).get("templates")) {
            if (template.get("solutionId").asText().equals(solution)) {
                templateId = template.get("id").asText();
            }
        }
        assertNotNull(templateId);
        String apply = MINING + "/" + templateId + "/apply";
        int roleCount = Oidc.json(adminGet("roles?max=500").body()).size();

        assertBadRequest(adminPost(apply, "{}"), "roleName");
        assertBadRequest(adminPost(apply, "{\"roleName\":\"  \"}"), "roleName");
        assertBadRequest(adminPost(apply, "{\"roleName\":\"no/slashes\"}"), "roleName");
        assertBadRequest(adminPost(apply, "{\"roleName\":7}"), "roleName");
        assertBadRequest(adminPost(apply, "{\"roleName\":\"mining-long\",\"description\":\""
                + "x".repeat(1025) + "\"}"), "description");
        assertBadRequest(adminPost(apply, "[]"), "body");
        HttpResponse<String> taken = adminPost(apply, "{\"roleName\":\"mining-creator\"}");
        assertRefused(taken, 409, "roleName");
        HttpResponse<String> unknown = adminPost(MINING + "/no-such-template/apply", "{\"roleName\":\"mining-x\"}");
        assertRefused(unknown, 404, "templateId");

        String viewer = organizationAdminToken("mining-viewer-admin", "view-users");
        assertEquals(200, adminCall("GET", MINING, viewer, null).statusCode());
        assertEquals(403, adminCall("POST", apply, viewer, "{\"roleName\":\"mining-by-viewer\"}").statusCode());
        assertEquals(roleCount, Oidc.json(adminGet("roles?max=500").body()).size(), "nothing was created");
        assertEquals(2, Oidc.json(adminGet("solutions/" + solution).body()).get("builds").size());
    }

    /** A solution whose Active Policy offers three roles and one swimlane that two of them may use. */
    private String paymentsSolution(String name) {
        for (String role : List.of("mining-creator", "mining-viewer", "mining-auditor")) {
            runtimeRole(role);
        }
        return solutionWithBuild(name, "{\"name\":\"2\",\"roles\":"
                + "[\"user\",\"mining-creator\",\"mining-viewer\",\"mining-auditor\"],\"resources\":[{\"name\":"
                + "\"Payments\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"mining-viewer\",\"mining-auditor\"],"
                + "\"execute\":[\"mining-creator\"]}}]}");
    }
}
