package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** Decisions that depend on Keycloak's user record: designers and business filters, and the lazy group sync under load. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class CheckDecisionIT extends AbstractSharingIT {

    private void setAttributes(String userId, Map<String, List<String>> values) {
        UserRepresentation user = organization.admin().users().get(userId).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
        attributes.putAll(values);
        user.setAttributes(attributes);
        organization.admin().users().get(userId).update(user);
    }

    private JsonNode ask(String token, String body) {
        HttpResponse<String> response = send(evaluation(token, body));
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body());
    }

    /**
     * The designer bypass opens the solution and its swimlanes, not records: business filters still apply to
     * designers.
     */
    @Test
    void businessFiltersStillApplyToDesigners() {
        String designer = createOrganizationUser("hard-designer");
        setAttributes(designer, Map.of("designerUser", List.of("true"), "businessFilter", List.of("LATAM")));
        String solution = solutionWithBuild("Hard Designer", "{\"name\":\"2\",\"roles\":[\"user\"],"
                + "\"resources\":[{\"name\":\"review\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"user\"]}}]}");
        String token = org.passwordLogin("hard-designer", "hard-designer").get("access_token").asText();
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"" + designer + "\"},\"action\":{\"name\":\"execute\"},"
                + "\"resource\":{\"type\":\"swimlane\",\"id\":\"review\",\"properties\":{\"solution\":\"" + solution + "\"}}";

        JsonNode emea = ask(token, question + ",\"context\":{\"businessFilters\":[\"EMEA\"]}}");
        assertFalse(emea.get("decision").asBoolean(), emea.toString());
        assertEquals("DENY_BUSINESS_FILTER", emea.get("context").get("code").asText());
        JsonNode latam = ask(token, question + ",\"context\":{\"businessFilters\":[\"LATAM\"]}}");
        assertEquals("ALLOW_DESIGNER", latam.get("context").get("code").asText(), latam.toString());
        assertEquals("ALLOW_DESIGNER", ask(token, question + "}").get("context").get("code").asText(),
                "a record without filters");
        JsonNode use = ask(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + designer + "\"},"
                + "\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}");
        assertEquals("ALLOW_DESIGNER", use.get("context").get("code").asText(),
                "a designer opens the project it runs without a role: " + use);
    }

    /**
     * Many first checks of one user at once: every one answers 200 and the membership is inserted once.
     * The name that matches no group, sent with a line break, is logged on one line.
     */
    @Test
    void concurrentFirstChecksSyncOnce() throws Exception {
        String user = createOrganizationUser("hard-concurrent");
        String group = endUserGroup("Hard Team");
        String solution = newSolution("Hard Concurrent");
        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"group\",\"name\":\"Hard Team\"},\"role\":\"user\"}").statusCode());
        String checker = checkerServiceAccountToken();
        setAttributes(user, Map.of("flowxIdPGroups", List.of("Hard Team", "Forged\nINFO line")));
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"" + user + "\"},\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}";

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> send(evaluation(checker, question))));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(Oidc.json(response.body()).get("decision").asBoolean(), response.body());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode members = Oidc.json(adminGet("groups/" + group + "/members").body());
        assertEquals(1, members.size(), members.toString());
        assertFalse(ServerLog.linesContaining("user 'hard-concurrent'", "Forged\\nINFO line").isEmpty(),
                "the line break is escaped in the log");
        assertTrue(ServerLog.linesContaining("INFO line").stream().allMatch(line -> line.contains("Forged\\nINFO line")),
                "no log line starts with the forged text");
    }

    /** A check refused as ambiguous (400) changes nothing: the user's identity-provider groups are not synced by it. */
    @Test
    void aRefusedCheckSyncsNoGroup() {
        String user = createOrganizationUser("hard-refused");
        String group = endUserGroup("Hard Refused Team");
        String build = "{\"name\":\"2\",\"roles\":[\"user\"],\"resources\":[{\"name\":\"shared-lane\",\"kind\":"
                + "\"swimlane\",\"permissions\":{\"view\":[\"user\"]}}]}";
        String first = solutionWithBuild("Hard Refused One", build);
        solutionWithBuild("Hard Refused Two", build);
        setAttributes(user, Map.of("flowxIdPGroups", List.of("Hard Refused Team")));
        String checker = checkerServiceAccountToken();
        HttpResponse<String> ambiguous = send(evaluation(checker, "{\"subject\":{\"type\":\"user\",\"id\":\"" + user
                + "\"},\"action\":{\"name\":\"view\"},\"resource\":{\"type\":\"swimlane\",\"id\":\"shared-lane\"}}"));
        assertEquals(400, ambiguous.statusCode(), ambiguous.body());
        assertEquals("resource.properties.solution", Oidc.json(ambiguous.body()).get("field").asText());
        assertEquals(0, Oidc.json(adminGet("groups/" + group + "/members").body()).size(), "no membership was synced");

        ask(checker, "{\"subject\":{\"type\":\"user\",\"id\":\"" + user + "\"},\"action\":{\"name\":\"view\"},"
                + "\"resource\":{\"type\":\"swimlane\",\"id\":\"shared-lane\",\"properties\":{\"solution\":\""
                + first + "\"}}}");
        assertEquals(1, Oidc.json(adminGet("groups/" + group + "/members").body()).size(), "a check that is answered syncs");
    }
}
