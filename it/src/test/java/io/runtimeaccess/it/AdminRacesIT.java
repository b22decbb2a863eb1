package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Two admin changes of one thing sent at once (a double click, two admins, a script retrying): the second waits for
 * the first and is refused as if sent after it. The requests are held at the database (PostgreSQL) until both wait,
 * then released together.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AdminRacesIT extends AbstractSharingIT {

    @Test
    void twoBuildsOfOneNameAtOnceStoreOne() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the table with PostgreSQL's LOCK TABLE");
        String solution = newSolution("Raced Builds");
        String build = "{\"name\":\"2\",\"roles\":[\"user\"],\"resources\":[]}";
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        try (Connection held = TestDatabase.holdingWritesTo("RA_BUILD")) {
            for (int i = 0; i < 2; i++) {
                posts.add(CompletableFuture.supplyAsync(() -> adminPost("solutions/" + solution + "/builds", build)));
            }
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            statuses.add(post.get().statusCode());
        }
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "one build, the other refused");
        int named2 = 0;
        for (JsonNode stored : Oidc.json(adminGet("solutions/" + solution).body()).get("builds")) {
            named2 += "2".equals(stored.get("name").asText()) ? 1 : 0;
        }
        assertEquals(1, named2, "one build named 2");
    }

    /** A requestable item replaced while another admin deletes it: the replacement finds it gone (404), not a 500. */
    @Test
    void anItemReplacedWhileItIsDeletedIsNotFound() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "the row lock order is PostgreSQL's");
        String solution = solution("Raced Item", "raced-item-role");
        createOrganizationUser("raced-item-approver");
        String item = "{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"raced-item-role\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"raced-item-approver\"]}";
        String id = createdId(adminPost("requests/items", item + "}"));
        CompletableFuture<HttpResponse<String>> deleted;
        CompletableFuture<HttpResponse<String>> replaced;
        try (Connection held = TestDatabase.holdingRow("RA_REQ_ITEM", "ID", id)) {
            deleted = CompletableFuture.supplyAsync(() -> adminDelete("requests/items/" + id));
            TestDatabase.awaitLockWaiters(1);
            replaced = CompletableFuture.supplyAsync(() -> adminPut("requests/items/" + id,
                    item + ",\"description\":\"replaced\"}"));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        assertEquals(204, deleted.get().statusCode());
        // the code before this test read the item without a lock, and its update found no row: 500
        HttpResponse<String> answer = replaced.get();
        assertEquals(404, answer.statusCode(), answer.body());
        assertEquals(404, adminGet("requests/items/" + id).statusCode(), "nothing came back");
    }

    /**
     * Two admins revoke one grant at once (a double click), held behind the grant's row and then let go: one revokes
     * it, the other finds it gone. The code before read it without a lock and deleted a row no longer there: 500.
     */
    @Test
    void aGrantRevokedTwiceAtOnceIsRevokedOnceAndThenNotFound() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "the row lock order is PostgreSQL's");
        String solution = newSolution("Raced Revoke");
        createOrganizationUser("raced-revoke-user");
        String grant = createdId(adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"raced-revoke-user\"},\"role\":\"user\"}"));
        List<CompletableFuture<HttpResponse<String>>> revokes = new ArrayList<>();
        try (Connection held = TestDatabase.holdingRow("RA_GRANT", "ID", grant)) {
            for (int i = 1; i <= 2; i++) {
                revokes.add(CompletableFuture.supplyAsync(() -> adminDelete("solutions/" + solution + "/grants/"
                        + grant)));
                TestDatabase.awaitLockWaiters(i);
            }
            held.commit();
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> revoke : revokes) {
            statuses.add(revoke.get().statusCode());
        }
        statuses.sort(null);
        assertEquals(List.of(204, 404), statuses, "one revoked it, the other found it gone");
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").size(),
                "the grant is gone");
    }

    @Test
    void aShareToAGroupBeingDeletedLeavesNoGrantBehind() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "the row lock order is PostgreSQL's");
        String solution = newSolution("Raced Group Share");
        String group = endUserGroup("Raced Group");
        CompletableFuture<HttpResponse<String>> deleted;
        CompletableFuture<HttpResponse<String>> shared;
        try (Connection held = TestDatabase.holdingRow("RA_END_USER_GROUP", "ID", group)) {
            deleted = CompletableFuture.supplyAsync(() -> adminDelete("groups/" + group));
            TestDatabase.awaitLockWaiters(1);
            shared = CompletableFuture.supplyAsync(() -> adminPost("solutions/" + solution + "/grants",
                    "{\"principal\":{\"type\":\"group\",\"id\":\"" + group + "\"},\"role\":\"user\"}"));
            TestDatabase.awaitLockWaiters(2);
            held.commit();
        }
        assertEquals(200, deleted.get().statusCode(), deleted.get().body());
        int share = shared.get().statusCode();
        assertTrue(share == 404 || share == 201, "found the group gone, or went first and was deleted with it: "
                + shared.get().body());
        HttpResponse<String> listed = adminGet("solutions/" + solution + "/share");
        assertEquals(200, listed.statusCode(), "every grant still names a principal: " + listed.body());
        assertEquals(0, Oidc.json(listed.body()).get("grants").size(), listed.body());
    }

    @Test
    void aShareOfARoleBeingDeletedLeavesNoGrantBehind() throws Exception {
        assumeTrue("postgres".equals(TestDatabase.vendor()), "holds the table with PostgreSQL's LOCK TABLE");
        String solution = solution("Raced Role", "raced-role");
        createOrganizationUser("raced-rita");
        CompletableFuture<HttpResponse<String>> deleted;
        CompletableFuture<HttpResponse<String>> shared;
        try (Connection held = TestDatabase.holdingWritesTo("RA_GRANT")) {
            // the deletion gets as far as removing the role's grants, holding the builds it rewrote
            deleted = CompletableFuture.supplyAsync(() -> adminDelete("roles/raced-role"));
            // waited for by statement: an expiry sweep stopped by the same hold must not count as the deletion
            TestDatabase.awaitWaitingStatement("delete from ra_grant", "role_name");
            shared = CompletableFuture.supplyAsync(() -> adminPost("solutions/" + solution + "/grants",
                    "{\"principal\":{\"type\":\"user\",\"name\":\"raced-rita\"},\"role\":\"raced-role\"}"));
            // the share waits for the Active Policy the deletion rewrote
            TestDatabase.awaitWaitingStatement("ra_build", "for share");
            held.commit();
        }
        assertEquals(200, deleted.get().statusCode(), deleted.get().body());
        assertEquals(400, shared.get().statusCode(), "the Active Policy no longer offers it: " + shared.get().body());
        HttpResponse<String> listed = adminGet("solutions/" + solution + "/share");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(0, Oidc.json(listed.body()).get("grants").size(), "no grant of the deleted role: " + listed.body());
    }
}
