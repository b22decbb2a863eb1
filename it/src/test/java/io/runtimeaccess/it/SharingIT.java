package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The sharing model end to end: role catalog, solution with builds, the Active Policy rule, a grant,
 * and AuthZEN evaluations by the user itself and by a checker service account.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class SharingIT extends AbstractSharingIT {

    /** Two roles deleted at once from a build naming both, while the build's row is held: neither comes back. */
    @Test
    void twoRolesDeletedAtOnceBothLeaveTheBuild() throws Exception {
        String solutionId = solution("Both Roles", "both-a", "both-b");
        String buildId = Oidc.json(adminGet("solutions/" + solutionId).body()).get("activeBuildId").asText();
        try (Connection db = TestDatabase.holdingRow("RA_BUILD", "ID", buildId)) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            List<CompletableFuture<HttpResponse<String>>> deleted = List.of(
                    CompletableFuture.supplyAsync(() -> adminDelete("roles/both-a")),
                    CompletableFuture.supplyAsync(() -> adminDelete("roles/both-b")));
            Thread.sleep(1500);
            db.commit();
            for (CompletableFuture<HttpResponse<String>> answer : deleted) {
                assertEquals(200, answer.join().statusCode(), answer.join().body());
            }
        }
        JsonNode solution = Oidc.json(adminGet("solutions/" + solutionId).body());
        for (JsonNode build : solution.get("builds")) {
            String roles = build.toString();
            assertFalse(roles.contains("both-a") || roles.contains("both-b"), roles);
        }
    }

    /**
     * A double click: two identical shares sent while the solution's row is held (as a third share committing at
     * that moment would hold it) are made one after the other, so the second finds the first and is a 409.
     */
    @Test
    void twoIdenticalSharesSentAtOnceMakeOneGrant() throws Exception {
        String solutionId = solution("Twice Shared", "twice-role");
        createOrganizationUser("twice-tom");
        String body = "{\"principal\":{\"type\":\"user\",\"name\":\"twice-tom\"},\"role\":\"twice-role\"}";
        try (Connection db = TestDatabase.holdingRow("RA_SOLUTION", "ID", solutionId)) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            List<CompletableFuture<HttpResponse<String>>> sent = List.of(
                    CompletableFuture.supplyAsync(() -> adminPost("solutions/" + solutionId + "/grants", body)),
                    CompletableFuture.supplyAsync(() -> adminPost("solutions/" + solutionId + "/grants", body)));
            Thread.sleep(1500);
            assertFalse(sent.get(0).isDone() || sent.get(1).isDone(), "both wait for the solution's row");
            db.commit();
            List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
                    .sorted().toList();
            assertEquals(List.of(201, 409), statuses);
        }
        assertEquals(1, Oidc.json(adminGet("solutions/" + solutionId + "/share").body()).get("grants").size());
    }

    @Test
    void shareASolutionAndCheckAccess() {
        enableAdminEvents();
        String erin = createOrganizationUser("erin");
        assertEquals(201, adminPost("roles", "{\"name\":\"approver\"}").statusCode());
        HttpResponse<String> duplicate = adminPost("roles", "{\"name\":\"approver\"}");
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains("\"field\":\"name\""), duplicate.body());
        assertEquals(400, adminPost("roles", "{\"name\":\"  \"}").statusCode());
        assertEquals(400, adminPost("roles", "{\"name\":").statusCode(), "malformed JSON");

        JsonNode solution = Oidc.json(adminPost("solutions", "{\"name\":\"Loans\"}").body());
        String solutionId = solution.get("id").asText();
        assertEquals(List.of("user"), texts(solution.get("builds").get(0).get("roles")), "first build needs 'user'");
        assertEquals(solution.get("builds").get(0).get("id").asText(), solution.get("activeBuildId").asText(),
                "a new solution's first build is its Active Policy");
        String secondBuild = createdId(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"2\","
                + "\"roles\":[\"user\",\"approver\"],\"resources\":[{\"name\":\"approval\",\"kind\":\"swimlane\","
                + "\"permissions\":{\"view\":[\"user\",\"approver\"],\"execute\":[\"approver\"]}},"
                + "{\"name\":\"archive\",\"kind\":\"swimlane\",\"permissions\":{}}]}"));
        assertEquals(400, adminPost("solutions/" + solutionId + "/builds",
                "{\"name\":\"3\",\"roles\":[\"ghost\"]}").statusCode(), "roles outside the catalog");
        // a second copy would outlive the role's deletion and leave the build naming a role the catalog lacks
        assertBadRequest(adminPost("solutions/" + solutionId + "/builds",
                "{\"name\":\"3\",\"roles\":[\"user\",\"approver\",\"approver\"]}"), "roles");
        assertBadRequest(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"3\",\"roles\":[\"user\"],"
                + "\"resources\":[{\"name\":\"approval\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"user\",\"user\"]}}]}"),
                "resources.permissions");
        assertBadRequest(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"3\",\"roles\":[\"user\"],"
                + "\"resources\":[{\"name\":\"approval\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[null]}}]}"),
                "resources.permissions");
        assertBadRequest(adminPost("solutions/" + solutionId + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":"
                + "\"erin\"},\"role\":\"user\",\"expiresAt\":\"+300000000-01-01T00:00:00Z\"}"), "expiresAt");

        String grantApprover = "{\"principal\":{\"type\":\"user\",\"name\":\"erin\"},\"role\":\"approver\"}";
        HttpResponse<String> gotcha = adminPost("solutions/" + solutionId + "/grants", grantApprover);
        assertEquals(400, gotcha.statusCode());
        assertTrue(gotcha.body().contains("build '1' is active") && gotcha.body().contains("[user]"), gotcha.body());

        assertEquals(200, adminPut("solutions/" + solutionId + "/active-build",
                "{\"buildId\":\"" + secondBuild + "\"}").statusCode());
        String erinToken = org.passwordLogin("erin", "erin").get("access_token").asText();
        assertFalse(evaluate(erinToken, erin, solutionId, "approval", "execute").get("decision").asBoolean());

        HttpResponse<String> granted = adminPost("solutions/" + solutionId + "/grants", grantApprover);
        assertEquals(201, granted.statusCode(), granted.body());
        HttpResponse<String> again = adminPost("solutions/" + solutionId + "/grants", grantApprover);
        assertEquals(409, again.statusCode(), "a second row would outlive revoking the first: " + again.body());
        assertTrue(again.body().contains("\"field\":\"role\""), again.body());
        JsonNode allowed = evaluate(erinToken, "erin", solutionId, "approval", "execute");
        assertTrue(allowed.get("decision").asBoolean(), allowed.toString());
        assertEquals("ALLOW_ROLE", allowed.get("context").get("code").asText());
        JsonNode noRoles = evaluate(erinToken, erin, solutionId, "archive", "view");
        assertEquals("DENY_PERMISSION_HAS_NO_ROLES", noRoles.get("context").get("code").asText());

        JsonNode share = Oidc.json(adminGet("solutions/" + solutionId + "/share").body());
        assertEquals("2", share.get("activeBuildName").asText());
        assertEquals("erin", share.get("grants").get(0).get("principal").get("name").asText());

        assertEquals(403, evaluateStatus(erinToken, Map.of("subject", "dana", "solution", solutionId)),
                "a user may only ask about itself");
        assertEquals(401, evaluateStatus(null, Map.of("subject", erin, "solution", solutionId)));

        String checkerToken = checkerServiceAccountToken();
        assertTrue(evaluate(checkerToken, erin, solutionId, "approval", "execute").get("decision").asBoolean());

        // a build that does not offer 'approver': erin's grant stops counting at once, and counts again with build 2
        String userOnlyBuild = createdId(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"3\","
                + "\"roles\":[\"user\"],\"resources\":[{\"name\":\"approval\",\"kind\":\"swimlane\","
                + "\"permissions\":{\"view\":[\"user\"],\"execute\":[\"user\"]}}]}"));
        assertEquals(200, adminPut("solutions/" + solutionId + "/active-build",
                "{\"buildId\":\"" + userOnlyBuild + "\"}").statusCode());
        JsonNode notOffered = evaluate(checkerToken, erin, solutionId, "approval", "execute");
        assertFalse(notOffered.get("decision").asBoolean(), notOffered.toString());
        assertEquals("DENY_NO_ROLE", notOffered.get("context").get("code").asText());
        assertEquals(200, adminPut("solutions/" + solutionId + "/active-build",
                "{\"buildId\":\"" + secondBuild + "\"}").statusCode());
        assertTrue(evaluate(checkerToken, erin, solutionId, "approval", "execute").get("decision").asBoolean(),
                "offered again: the grant counts again");

        JsonNode deleted = Oidc.json(adminDelete("roles/approver").body());
        assertEquals(1, deleted.get("removedFromBuilds").asInt());
        assertEquals(1, deleted.get("removedGrants").asInt());
        assertFalse(evaluate(checkerToken, erin, solutionId, "approval", "execute").get("decision").asBoolean());

        assertTrue(organization.admin().getAdminEvents(List.of("CREATE"), null, null, null, null, null, null, null,
                0, 1000).stream().anyMatch(e -> "CUSTOM".equals(e.getResourceType())
                        && "runtime-access/roles".equals(e.getResourcePath())
                        && e.getRepresentation() != null && e.getRepresentation().contains("\"approver\"")),
                "the role's creation is recorded as a CUSTOM admin event");
    }

    /**
     * A fixed action's name in another case, on a type of one's own, is that action: it used to become a second
     * action of that name, and every swimlane of the realm then denied "VIEW" (checks recognise fixed actions in any
     * case). Listing it twice in one resource is a 400.
     */
    @Test
    void aFixedActionSpelledOtherwiseOnATypeOfOnesOwnStaysTheFixedAction() {
        String fay = createOrganizationUser("case-fay");
        String solutionId = Oidc.json(adminPost("solutions", "{\"name\":\"Case Reports\"}").body()).get("id").asText();
        String resources = "\"resources\":[{\"name\":\"intake\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"user\"]}},"
                + "{\"name\":\"q3\",\"kind\":\"report\",\"permissions\":{\"VIEW\":[\"user\"]";
        assertBadRequest(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"2\",\"roles\":[\"user\"],"
                + resources + ",\"view\":[\"user\"]}}]}"), "resources.permissions");
        String build = createdId(adminPost("solutions/" + solutionId + "/builds", "{\"name\":\"2\",\"roles\":[\"user\"],"
                + resources + "}}]}"));
        assertEquals(200, adminPut("solutions/" + solutionId + "/active-build", "{\"buildId\":\"" + build + "\"}")
                .statusCode());
        assertEquals(201, adminPost("solutions/" + solutionId + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"case-fay\"},\"role\":\"user\"}").statusCode());
        String checker = checkerServiceAccountToken();
        for (String action : new String[] {"VIEW", "view"}) {
            JsonNode answer = evaluate(checker, fay, solutionId, "intake", action);
            assertTrue(answer.get("decision").asBoolean(), action + ": " + answer);
        }
    }

    /**
     * A realm holding sharing rows can be removed (the rows' own removal must not stop Keycloak's); that the rows go
     * with it is {@code UserDeletionIT.aRemovedRealmTakesAllItsRowsAlong}.
     */
    @Test
    void aRealmWithSharingRowsCanBeRemoved() {
        scratchRealm("sharing-scratch");
        HttpResponse<String> role = adminCall("sharing-scratch", "POST", "roles", adminToken(), "{\"name\":\"temp\"}");
        assertEquals(201, role.statusCode(), role.body());
        admin.realm("sharing-scratch").remove();
        assertTrue(admin.realms().findAll().stream().noneMatch(r -> r.getRealm().equals("sharing-scratch")));
    }

    /**
     * A new solution's build "1" holds the catalog's default role: {@code user}, created when missing, or the role the
     * database holds equal to it (on MariaDB, whose names ignore case, a catalog role {@code User}: creating
     * {@code user} beside it used to refuse every new solution with a 409).
     */
    @Test
    void aNewSolutionTakesTheDefaultRoleAsTheDatabaseNamesIt() {
        scratchRealm("sharing-default-role");
        try {
            assertEquals(201, adminCall("sharing-default-role", "POST", "roles", adminToken(), "{\"name\":\"User\"}")
                    .statusCode());
            HttpResponse<String> created = adminCall("sharing-default-role", "POST", "solutions", adminToken(),
                    "{\"name\":\"First\"}");
            assertEquals(201, created.statusCode(), created.body());
            JsonNode roles = Oidc.json(created.body()).get("builds").get(0).get("roles");
            String expected = TestDatabase.vendor().equals("mariadb") ? "User" : "user";
            assertEquals(expected, roles.get(0).asText(), created.body());
            assertEquals(201, adminCall("sharing-default-role", "POST", "solutions", adminToken(), "{\"name\":\"Second\"}")
                    .statusCode(), "and again, with the default role there");
        } finally {
            admin.realm("sharing-default-role").remove();
        }
    }

    private void scratchRealm(String name) {
        RealmRepresentation scratch = new RealmRepresentation();
        scratch.setRealm(name);
        scratch.setEnabled(true);
        admin.realms().create(scratch);
    }

    /**
     * Owners of a solution and of an end-user group: added by username, replaced by ids, removed; users of another
     * realm and unknown ids are refused naming the field and change nothing; a view-only admin reads but cannot
     * change; every change is an admin event. (Deletions: UserDeletionIT.)
     */
    @Test
    void solutionsAndGroupsHaveOwnersFromTheirRealm() {
        enableAdminEvents();
        String olga = createOrganizationUser("olga");
        String oscar = createOrganizationUser("oscar");
        String stranger = createCustomerUser("owner-stranger", List.of(), Map.of());
        String solution = newSolution("Owned");
        String group = endUserGroup("Owned Team");
        String owners = "solutions/" + solution + "/owners";
        assertEquals(0, Oidc.json(adminGet(owners).body()).size());

        HttpResponse<String> added = adminPost(owners, "{\"username\":\"olga\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(olga, Oidc.json(added.body()).get("userId").asText());
        assertEquals(409, adminPost(owners, "{\"userId\":\"" + olga + "\"}").statusCode(), "an owner once");
        HttpResponse<String> replaced = adminPut(owners, "{\"userIds\":[\"" + olga + "\",\"" + oscar + "\"]}");
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(List.of("olga", "oscar"), usernames(replaced));

        HttpResponse<String> foreign = adminPut(owners, "{\"userIds\":[\"" + oscar + "\",\"" + stranger + "\"]}");
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertEquals("userIds[1]", Oidc.json(foreign.body()).get("field").asText(), "nothing crosses realms");
        assertEquals(404, adminPost(owners, "{\"userId\":\"" + stranger + "\"}").statusCode());
        StringBuilder many = new StringBuilder("{\"userIds\":[");
        for (int i = 0; i <= 50; i++) {
            many.append(i == 0 ? "" : ",").append("\"u").append(i).append('"');
        }
        assertEquals("userIds", Oidc.json(adminPut(owners, many.append("]}").toString()).body()).get("field").asText());
        assertEquals(List.of("olga", "oscar"), usernames(adminGet(owners)), "a refused change changes nothing");

        String viewer = organizationAdminToken("owner-viewer", "view-users");
        assertEquals(200, adminCall("GET", owners, viewer, null).statusCode());
        assertEquals(403, adminCall("PUT", owners, viewer, "{\"userIds\":[]}").statusCode());
        assertEquals(403, adminCall("DELETE", owners + "/" + olga, viewer, null).statusCode());

        assertEquals(204, adminDelete(owners + "/" + olga).statusCode());
        assertEquals(404, adminDelete(owners + "/" + olga).statusCode(), "not an owner any more");
        assertEquals(200, adminPut("groups/" + group + "/owners", "{\"userIds\":[\"" + oscar + "\"]}").statusCode());
        String prefix = "runtime-access/solutions/" + solution + "/owners";
        assertTrue(customAdminEvents("CREATE", prefix).stream().anyMatch(e -> e.getRepresentation().contains(olga)));
        assertTrue(customAdminEvents("UPDATE", prefix).stream().anyMatch(e -> e.getRepresentation().contains(
                "\"added\":[\"" + oscar + "\"]")), "the replacement names who was added");
        assertEquals(1, customAdminEvents("DELETE", prefix + "/" + olga).size());
        assertEquals(1, customAdminEvents("UPDATE", "runtime-access/groups/" + group + "/owners").size());

    }

    private static List<String> usernames(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Oidc.json(answer.body()).findValuesAsText("username");
    }

    /** Every admin endpoint: 401 without a token, 403 for an end user and for an admin of another realm. */
    @Test
    void everyAdminEndpointChecksRealmManagementRolesAndRealm() {
        createOrganizationUser("frank");
        String frankToken = org.passwordLogin("frank", "frank").get("access_token").asText();
        String customerAdmin = customerRealmAdminToken("customer-admin", "manage-users");
        // admins of this realm with the wrong realm-management role: sharing is users' business, not events'
        String eventsAdmin = organizationAdminToken("sharing-events-admin", "view-events", "manage-events");
        String viewer = organizationAdminToken("sharing-viewer", "view-users");
        String[][] endpoints = {
            {"GET", "roles"}, {"POST", "roles"}, {"DELETE", "roles/x"},
            {"GET", "solutions"}, {"POST", "solutions"}, {"GET", "solutions/x"},
            {"POST", "solutions/x/builds"}, {"PUT", "solutions/x/active-build"}, {"GET", "solutions/x/share"},
            {"POST", "solutions/x/grants"}, {"DELETE", "solutions/x/grants/y"},
            {"GET", "groups"}, {"POST", "groups"}, {"GET", "groups/x"}, {"PUT", "groups/x"}, {"DELETE", "groups/x"},
            {"GET", "groups/x/members"}, {"POST", "groups/x/members"}, {"DELETE", "groups/x/members/y"},
            {"GET", "groups/x/access"}, {"GET", "users/x/access"}, {"GET", "export"}, {"POST", "import"},
            {"GET", "solutions/x/owners"}, {"POST", "solutions/x/owners"}, {"PUT", "solutions/x/owners"},
            {"DELETE", "solutions/x/owners/y"}, {"GET", "groups/x/owners"}, {"PUT", "groups/x/owners"},
            {"DELETE", "groups/x/owners/y"}};
        for (String[] endpoint : endpoints) {
            String what = endpoint[0] + " " + endpoint[1];
            assertEquals(401, call(endpoint, null).statusCode(), what + " without a token");
            assertEquals(403, call(endpoint, frankToken).statusCode(), what + " as an end user");
            assertEquals(403, call(endpoint, customerAdmin).statusCode(), what + " as an admin of another realm");
            assertEquals(403, call(endpoint, eventsAdmin).statusCode(), what + " as an events admin");
            // an owner may change its object's owners, so those endpoints find the object first (404 for "x")
            if (!endpoint[0].equals("GET") && !endpoint[1].contains("owners")) {
                assertEquals(403, call(endpoint, viewer).statusCode(), what + " as a view-users admin");
            }
        }
    }

    private HttpResponse<String> call(String[] endpoint, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(adminUri(endpoint[1]))
                .header("Content-Type", "application/json")
                .method(endpoint[0], endpoint[0].equals("GET") || endpoint[0].equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }
}
