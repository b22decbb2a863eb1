package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The edges of export and import: a grant whose user is gone, a misspelled parameter, a stored build activated
 * without being listed, an expired grant, and names the database takes for existing ones.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ImportEdgesIT extends AbstractSharingIT {

    @Test
    void anExportLeavesOutAGrantWhoseUserIsGoneAndStaysImportable() throws Exception {
        createOrganizationUser("kept-exportee");
        String solution = newSolution("Orphaned Export");
        grantToUser(solution, "kept-exportee", "user");
        String gone = UUID.randomUUID().toString();
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server");
            try (PreparedStatement grant = db.prepareStatement("INSERT INTO RA_GRANT (ID, REALM_ID, SOLUTION_ID,"
                    + " PRINCIPAL_TYPE, PRINCIPAL_ID, ROLE_NAME, GRANTED_AT, SOURCE) VALUES (?, ?, ?, 'USER', ?, 'user',"
                    + " ?, 'ADMIN')")) {
                grant.setString(1, UUID.randomUUID().toString());
                grant.setString(2, organization.admin().toRepresentation().getId());
                grant.setString(3, solution);
                grant.setString(4, gone);
                grant.setLong(5, System.currentTimeMillis());
                grant.executeUpdate();
            }
        }
        ObjectNode doc = only(Oidc.json(adminGet("export").body()), "Orphaned Export");
        assertFalse(doc.toString().contains(gone), "no id of the realm in the export: " + doc);
        assertEquals(1, doc.get("grants").size(), doc.toString());
        assertEquals("kept-exportee", doc.get("grants").get(0).get("principal").asText());
        HttpResponse<String> again = importWith("", doc);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Oidc.json(again.body()).get("created").size(), again.body());
    }

    @Test
    void aMisspelledDryRunIsRefusedByNameAndWritesNothing() {
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", 1);
        doc.putArray("roles").addObject().put("name", "misspelled-role");
        for (String typo : List.of("dryrun", "dry_run", "DryRun")) {
            HttpResponse<String> refused = importWith("?" + typo + "=true", doc);
            assertEquals(400, refused.statusCode(), typo + ": " + refused.body());
            assertEquals(typo, Oidc.json(refused.body()).get("field").asText());
        }
        assertFalse(adminGet("roles").body().contains("misspelled-role"), "nothing was written");
    }

    @Test
    void aStoredBuildActivatedWithoutBeingListedOffersItsRolesToThePlanAndTheApply() {
        runtimeRole("late-approver");
        String solution = solution("Late Build");
        createdId(adminPost("solutions/" + solution + "/builds", "{\"name\":\"3\",\"roles\":[\"user\","
                + "\"late-approver\"],\"resources\":[]}"));
        createOrganizationUser("late-approver-user");
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", 1);
        doc.putArray("solutions").addObject().put("name", "Late Build").put("activeBuild", "3").putArray("builds");
        doc.putArray("grants").addObject().put("solution", "Late Build").put("principalType", "user")
                .put("principal", "late-approver-user").put("role", "late-approver");
        HttpResponse<String> planned = importWith("?dryRun=true", doc);
        assertEquals(200, planned.statusCode(), planned.body());
        HttpResponse<String> applied = importWith("", doc);
        assertEquals(200, applied.statusCode(), applied.body());
        JsonNode share = Oidc.json(adminGet("solutions/" + solution + "/share").body());
        assertEquals("3", share.get("activeBuildName").asText());
        assertEquals("late-approver", share.get("grants").get(0).get("role").asText(), share.toString());
    }

    @Test
    void anExpiredGrantIsSkippedNotCreated() {
        createOrganizationUser("expired-importee");
        String solution = newSolution("Expired Import");
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", 1);
        doc.putArray("grants").addObject().put("solution", "Expired Import").put("principalType", "user")
                .put("principal", "expired-importee").put("role", "user")
                .put("expiresAt", Instant.now().minus(Duration.ofDays(1)).toString());
        HttpResponse<String> applied = importWith("", doc);
        assertEquals(200, applied.statusCode(), applied.body());
        JsonNode plan = Oidc.json(applied.body());
        assertEquals(0, plan.get("created").size(), plan.toString());
        assertEquals(1, plan.get("skipped").size(), plan.toString());
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").size());
    }

    @Test
    void aNewSolutionOrGroupNamedAsAnExistingOneIsAProblemOfTheDryRun() {
        boolean caseBlind = "mariadb".equals(TestDatabase.vendor());
        newSolution("Case Desk");
        endUserGroup("Case Team");
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", 1);
        doc.putArray("solutions").addObject().put("name", "CASE DESK");
        doc.putArray("groups").addObject().put("name", "CASE TEAM");
        HttpResponse<String> planned = importWith("?dryRun=true", doc);
        if (!caseBlind) {
            assertEquals(200, planned.statusCode(), "different names here: " + planned.body());
            return;
        }
        assertEquals(400, planned.statusCode(), planned.body());
        List<String> problems = texts(Oidc.json(planned.body()).get("problems"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("solutions.name: 'CASE DESK'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("groups.name: 'CASE TEAM'")), problems.toString());
    }

    /** The export's parts about one solution (other test classes share the realm). */
    private static ObjectNode only(JsonNode export, String solution) {
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", export.get("format").asInt());
        ArrayNode solutions = doc.putArray("solutions");
        export.get("solutions").forEach(s -> {
            if (solution.equals(s.get("name").asText())) {
                solutions.add(s);
            }
        });
        ArrayNode grants = doc.putArray("grants");
        export.get("grants").forEach(g -> {
            if (solution.equals(g.get("solution").asText())) {
                grants.add(g);
            }
        });
        return doc;
    }

    private HttpResponse<String> importWith(String query, JsonNode doc) {
        return Imports.post(urls.getBase(), organization.getName(), query, doc, adminToken());
    }
}
