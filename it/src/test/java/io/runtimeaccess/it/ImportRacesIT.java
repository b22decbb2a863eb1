package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * An import racing another import or an admin change: it locks what it changes as the admin API does, so the same
 * grant is stored once and an archive made meanwhile stays. The requests are held at the database (PostgreSQL) until
 * both wait, then released together.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ImportRacesIT extends AbstractSharingIT {

    @Test
    void twoImportsOfOneGrantAtOnceStoreItOnce() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the table with PostgreSQL's LOCK TABLE");
        createOrganizationUser("raced-importee");
        String solution = newSolution("Raced Import");
        ObjectNode doc = userGrant("Raced Import", "raced-importee");
        String token = adminToken();
        List<CompletableFuture<HttpResponse<String>>> imports;
        try (Connection held = TestDatabase.holdingWritesTo("RA_GRANT")) {
            imports = List.of(importLater(doc, token), importLater(doc, token));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        int created = 0;
        for (CompletableFuture<HttpResponse<String>> done : imports) {
            HttpResponse<String> answer = done.get();
            assertEquals(200, answer.statusCode(), answer.body());
            created += Oidc.json(answer.body()).get("created").size();
        }
        JsonNode grants = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants");
        assertEquals(1, grants.size(), "one grant, not one per import: " + grants);
        assertEquals(1, created, "the second import found the first's grant");
    }

    @Test
    void anArchiveMadeWhileAnImportUpdatesTheGroupStays() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "the row lock order is PostgreSQL's");
        String group = createdId(adminPost("groups", "{\"name\":\"Raced Claims\",\"description\":\"before\"}"));
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("groups").addObject().put("name", "Raced Claims").put("description", "after");
        String token = adminToken();
        CompletableFuture<HttpResponse<String>> archive;
        CompletableFuture<HttpResponse<String>> imported;
        try (Connection held = TestDatabase.holdingRow("RA_END_USER_GROUP", "ID", group)) {
            archive = CompletableFuture.supplyAsync(() -> adminPut("groups/" + group, "{\"archived\":true}"));
            TestDatabase.awaitLockWaiters(1);
            imported = importLater(doc, token);
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        assertEquals(200, archive.get().statusCode(), archive.get().body());
        assertEquals(200, imported.get().statusCode(), imported.get().body());
        JsonNode stored = Oidc.json(adminGet("groups/" + group).body());
        assertTrue(stored.get("archived").asBoolean(), "the import did not write the group back active: " + stored);
        assertEquals("after", stored.get("description").asText());
    }

    @Test
    void aSolutionDeletedWhileAnImportWaitsForItIsAProblemNotAServerError() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "deletes the rows itself on PostgreSQL");
        createOrganizationUser("vanished-importee");
        String solution = newSolution("Vanishing Import");
        ObjectNode doc = userGrant("Vanishing Import", "vanished-importee");
        String token = adminToken();
        CompletableFuture<HttpResponse<String>> imported;
        try (Connection held = TestDatabase.holdingRow("RA_SOLUTION", "ID", solution)) {
            imported = importLater(doc, token);
            TestDatabase.awaitLockWaiters(1);
            try (java.sql.PreparedStatement unset = held.prepareStatement(
                    "UPDATE RA_SOLUTION SET ACTIVE_BUILD_ID = NULL WHERE ID = ?")) {
                unset.setString(1, solution);
                unset.executeUpdate();
            }
            for (String sql : List.of("DELETE FROM RA_BUILD WHERE SOLUTION_ID = ?", "DELETE FROM RA_SOLUTION WHERE ID = ?")) {
                try (java.sql.PreparedStatement delete = held.prepareStatement(sql)) {
                    delete.setString(1, solution);
                    delete.executeUpdate();
                }
            }
            held.commit();
        }
        HttpResponse<String> answer = imported.get();
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("removed meanwhile"), answer.body());
    }

    /** An export document holding one grant of the role {@code user} on the solution to the user. */
    private static ObjectNode userGrant(String solutionName, String username) {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("grants").addObject().put("solution", solutionName).put("principalType", "user")
                .put("principal", username).put("role", "user");
        return doc;
    }

    private CompletableFuture<HttpResponse<String>> importLater(JsonNode doc, String token) {
        return CompletableFuture.supplyAsync(() -> Imports.post(urls.getBase(), organization.getName(), "", doc, token));
    }
}
