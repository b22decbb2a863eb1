package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Just-in-time access requests on a real Keycloak: a user requests with its own token, an approver approves, the
 * check API allows, and when the short duration is up the expiry sweep (every second in the tests) removes the
 * grant and the membership, so the check API denies. Realm and client roles are mapped the same way, and a
 * confident peer recommendation lets a request be approved automatically unless a preventive SoD rule objects.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AccessRequestIT extends AbstractAccessRequestIT {

    /** A body from nobody is not read: no token is a 401 before a malformed body could be a 400; bodies are bounded. */
    @Test
    void aBodyFromNobodyIsNotRead() {
        assertEquals(401, user(null, "POST", "", "{\"itemId\":").statusCode());
        createOrganizationUser("req-big-body");
        String token = org.passwordLogin("req-big-body", "req-big-body").get("access_token").asText();
        // just over the 64 KiB bound: what the server leaves unread fits the socket's buffers
        HttpResponse<String> big = user(token, "POST", "", "{\"x\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(400, big.statusCode(), big.body());
        assertTrue(big.body().contains("\"field\":\"body\""), big.body());
    }

    /**
     * A user's token stops working on the self-service API when its session ends (signed out, or an admin ended the
     * session), as Keycloak's account API does, not only at its expiry.
     */
    @Test
    void aTokenWhoseSessionEndedIsRefused() {
        createOrganizationUser("req-signed-out");
        String token = org.passwordLogin("req-signed-out", "req-signed-out").get("access_token").asText();
        assertEquals(200, user(token, "GET", "", null).statusCode());
        String sessionId = Oidc.claims(token).get("sid").asText();
        HttpResponse<String> ended = send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/sessions/" + sessionId)).header("Authorization", "Bearer " + adminToken())
                .DELETE());
        assertEquals(204, ended.statusCode(), ended.body());
        HttpResponse<String> refused = user(token, "GET", "", null);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("session has ended"), refused.body());
    }

    /**
     * A token the user gave another application of the realm, one without the self-service audience, cannot act in
     * the user's name (request access, decide reviews), as Keycloak's account API asks for its own audience; the same
     * token still asks the check API about the user, and a token with the audience works.
     */
    @Test
    void aTokenOfAnotherApplicationCannotActInTheUsersName() {
        String user = createOrganizationUser("req-other-app");
        if (organization.admin().clients().findByClientId("req-other-app").isEmpty()) {
            ClientRepresentation app = new ClientRepresentation();
            app.setClientId("req-other-app");
            app.setPublicClient(true);
            app.setDirectAccessGrantsEnabled(true);
            organization.admin().clients().create(app).close();
        }
        String otherApp = org.tokenRequest(Map.of("grant_type", "password", "client_id", "req-other-app",
                "username", "req-other-app", "password", "req-other-app")).get("access_token").asText();
        for (HttpResponse<String> refused : List.of(user(otherApp, "GET", "", null),
                user(otherApp, "POST", "", "{\"itemId\":\"x\",\"duration\":\"PT5M\"}"),
                send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/reviews"))
                        .header("Authorization", "Bearer " + otherApp).GET()))) {
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("not meant for this API"), refused.body());
        }
        HttpResponse<String> check = send(HttpRequest.newBuilder(URI.create(org.realmUrl()
                + "/runtime-access/access/v1/evaluation")).header("Authorization", "Bearer " + otherApp)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":{\"type\":\"user\",\"id\":\"" + user + "\"},\"action\":{\"name\":\"use\"},"
                                + "\"resource\":{\"type\":\"solution\",\"id\":\"none\"}}")));
        assertEquals(200, check.statusCode(), check.body());
        assertEquals(200, user(token("req-other-app"), "GET", "", null).statusCode(), "the demo client has the audience");
    }

    /**
     * Each request mails its approvers: a user requesting and cancelling in a loop is stopped at 20 requests an hour
     * with a 429 that says when to try again, and the refused request is not written.
     */
    @Test
    void aUserMakesAtMostTwentyRequestsAnHour() {
        String item = runtimeRoleItem("JIT Loop", "jit-loop-role", "jit-loop-approver");
        createOrganizationUser("jit-looper");
        String token = token("jit-looper");
        for (int i = 0; i < 20; i++) {
            cancel(token, create(token, item, "PT5M", null, null));
        }
        HttpResponse<String> refused = user(token, "POST", "", "{\"itemId\":\"" + item + "\",\"duration\":\"PT5M\"}");
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("too_many_requests", Oidc.json(refused.body()).get("error").asText());
        assertEquals("itemId", Oidc.json(refused.body()).get("field").asText());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3000 && retryAfter <= 3600, "the oldest of the hour's requests frees a place: " + retryAfter);
        JsonNode all = Oidc.json(user(token, "GET", "", null).body());
        assertEquals(20, all.size(), "the refused request was not written");
        JsonNode lastPage = Oidc.json(user(token, "GET", "?first=18&max=5", null).body());
        assertEquals(List.of(all.get(18).get("id").asText(), all.get(19).get("id").asText()), ids(lastPage),
                "pages of the same newest-first order");
        assertRefused(user(token, "GET", "?max=0", null), 400, "max");
        assertRefused(user(token, "GET", "approvals?first=-1", null), 400, "first");
    }

    /**
     * Deleting an end-user group does not reach the items that offer it: a request for such an item is refused at
     * once (409 {@code target_gone}) rather than made and then impossible to approve.
     */
    @Test
    void anItemWhoseGroupWasDeletedTakesNoRequests() {
        GroupItem gone = groupItem("JIT Gone Team", "jit-gone");
        String item = gone.item();
        assertEquals(200, adminDelete("groups/" + gone.group()).statusCode());
        String token = token("jit-gone-user");
        HttpResponse<String> refused = user(token, "POST", "", "{\"itemId\":\"" + item + "\"}");
        assertRefused(refused, 409, "itemId");
        assertEquals("target_gone", Oidc.json(refused.body()).get("error").asText());
        assertEquals(0, Oidc.json(user(token, "GET", "", null).body()).size(), "nothing was written");
    }

    private record GroupItem(String group, String item) {
    }

    /** An end-user group and its item, approved by {@code prefix-approver}, with a user {@code prefix-user}. */
    private GroupItem groupItem(String groupName, String prefix) {
        createOrganizationUser(prefix + "-approver");
        createOrganizationUser(prefix + "-user");
        String group = endUserGroup(groupName);
        return new GroupItem(group, item("{\"kind\":\"end-user-group\",\"groupId\":\"" + group + "\",\"approvers\":"
                + "{\"type\":\"users\",\"values\":[\"" + prefix + "-approver\"]}}"));
    }

    /** The group deleted while the request waits: approving it is the same 409 naming the request, rejecting works. */
    @Test
    void aRequestWhoseGroupWentWhileItWaitedIsRefusedOnApproval() {
        GroupItem went = groupItem("JIT Went Team", "jit-went");
        String request = create(token("jit-went-user"), went.item(), "PT1H", null, null);
        assertEquals(200, adminDelete("groups/" + went.group()).statusCode());
        String approver = token("jit-went-approver");
        HttpResponse<String> refused = user(approver, "POST", request + "/approve", null);
        assertRefused(refused, 409, "id");
        assertEquals("target_gone", Oidc.json(refused.body()).get("error").asText());
        assertEquals("pending", status(token("jit-went-user"), request), "nothing was written");
        assertEquals(200, user(approver, "POST", request + "/reject", "{\"comment\":\"the team is gone\"}")
                .statusCode());
    }

    /**
     * An admin revokes the grant an active request gave: the request no longer blocks a new one until its own expiry;
     * the next request ends it (expired, reason access-removed) and is made.
     */
    @Test
    void aRequestWhoseGrantWasRevokedDoesNotBlockTheNextOne() {
        String item = runtimeRoleItem("JIT Revoked", "jit-revoked-role", "jit-revoked-approver");
        createOrganizationUser("jit-revoked-user");
        String userToken = token("jit-revoked-user");
        String first = create(userToken, item, "PT1H", null, null);
        JsonNode active = approve(token("jit-revoked-approver"), first, null);
        assertEquals("active", active.get("status").asText());
        assertEquals(204, adminDelete("solutions/" + active.get("solutionId").asText() + "/grants/"
                + active.get("grantId").asText()).statusCode());
        JsonNode listed = find(Oidc.json(user(userToken, "GET", "requestable", null).body()), item);
        assertNotNull(listed);
        assertFalse(listed.get("held").asBoolean());
        assertTrue(listed.path("openRequestId").isMissingNode() || listed.get("openRequestId").isNull(),
                "nothing open blocks a new request: " + listed);
        create(userToken, item, "PT1H", null, null);
        assertEquals("expired", status(userToken, first), "ended when its access was found gone");
    }

    /**
     * A double click: two requests for one item at once are made one after the other, and the second is refused. The
     * item's row is held (as another request taking it would) until both wait for it, so they do arrive together;
     * on H2, which the test cannot reach, they are only sent at once.
     */
    @Test
    void twoRequestsSentAtOnceMakeOneRequest() throws Exception {
        String item = runtimeRoleItem("JIT Twice", "jit-twice-role", "jit-twice-approver");
        createOrganizationUser("jit-gus");
        String gusToken = token("jit-gus");
        String body = "{\"itemId\":\"" + item + "\",\"duration\":\"PT5M\"}";
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<HttpResponse<String>>> sent;
            try (Connection held = TestDatabase.holdingRow("RA_REQ_ITEM", "ID", item)) {
                sent = List.of(CompletableFuture.supplyAsync(() -> user(gusToken, "POST", "", body)),
                        CompletableFuture.supplyAsync(() -> user(gusToken, "POST", "", body)));
                if (held != null) {
                    TestDatabase.awaitLockWaiters(2);
                    held.commit();
                }
            }
            List<Integer> statuses = sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted()
                    .toList();
            assertEquals(List.of(201, 409), statuses, "round " + round);
            JsonNode mine = Oidc.json(user(gusToken, "GET", "", null).body());
            String open = null;
            for (JsonNode request : mine) {
                if (request.get("status").asText().equals("pending")) {
                    assertEquals(null, open, "one pending request: " + mine);
                    open = request.get("id").asText();
                }
            }
            assertEquals(200, user(gusToken, "POST", open + "/cancel", null).statusCode());
        }
    }

    @Test
    void requestApproveAllowThenExpiryRemovesGrantAndMembership() {
        enableAdminEvents();
        String solution = solution("JIT Payments", "jit-operator", "jit-viewer");
        RoleRepresentation approverRole = realmRole("jit-approver");
        String amy = createOrganizationUser("jit-amy");
        organization.admin().users().get(amy).roles().realmLevel().add(List.of(approverRole));
        String ray = createOrganizationUser("jit-ray");
        String group = endUserGroup("JIT Night Shift");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + group + "\"},\"role\":\"jit-viewer\"}").statusCode());
        String roleItem = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-operator\","
                + "\"maxDuration\":\"PT1H\",\"approvers\":{\"type\":\"realm-role\",\"values\":[\"jit-approver\"]},"
                + "\"justificationRequired\":true,\"ticketRequired\":true}");
        String groupItem = item("{\"kind\":\"end-user-group\",\"groupId\":\"" + group + "\",\"approvers\":"
                + "{\"type\":\"users\",\"values\":[\"jit-amy\"]}}");
        String rayToken = token("jit-ray");
        String amyToken = token("jit-amy");

        JsonNode requestable = Oidc.json(user(rayToken, "GET", "requestable", null).body());
        JsonNode listed = find(requestable, roleItem);
        assertFalse(listed.get("held").asBoolean());
        assertFalse(listed.has("approvers"), "a requester does not see who approves");
        assertRefused(user(rayToken, "POST", "", "{\"itemId\":\"" + roleItem + "\",\"ticket\":\"OPS-7\"}"), 400,
                "justification");
        assertRefused(user(rayToken, "POST", "", "{\"itemId\":\"" + roleItem + "\",\"justification\":\"night run\"}"),
                400, "ticket");
        assertRefused(user(rayToken, "POST", "", "{\"itemId\":\"" + roleItem + "\",\"duration\":\"PT1H1S\","
                + "\"justification\":\"night run\",\"ticket\":\"OPS-7\"}"), 400, "duration");
        assertEquals(401, user(null, "GET", "", null).statusCode(), "no token, no requests");

        String roleRequest = create(rayToken, roleItem, "PT4S", "night run", "OPS-7");
        String groupRequest = create(rayToken, groupItem, "PT4S", "night shift", null);
        assertRefused(user(rayToken, "POST", "", "{\"itemId\":\"" + groupItem + "\"}"), 409, "itemId");
        assertFalse(allowed(rayToken, ray, solution), "pending is not allowed");
        assertEquals(roleRequest, find(Oidc.json(user(rayToken, "GET", "requestable", null).body()), roleItem)
                .get("openRequestId").asText(), "the open request is shown with its item");

        List<String> waiting = ids(Oidc.json(user(amyToken, "GET", "approvals", null).body()));
        assertTrue(waiting.containsAll(List.of(roleRequest, groupRequest)), waiting.toString());
        assertEquals(List.of(), ids(Oidc.json(user(rayToken, "GET", "approvals", null).body())),
                "a requester approves nothing");
        JsonNode active = approve(amyToken, roleRequest, "ok for tonight");
        assertEquals("active", active.get("status").asText(), active.toString());
        assertEquals("ok for tonight", active.get("decisions").get(0).get("comment").asText());
        assertEquals("active", approve(amyToken, groupRequest, null).get("status").asText());

        assertTrue(allowed(rayToken, ray, solution), "the check API allows once approved");
        JsonNode grant = grantOf(solution, ray, "jit-operator");
        assertEquals("request", grant.get("source").asText());
        assertEquals(active.get("grantId").asText(), grant.get("id").asText(), "the grant is linked to the request");
        assertTrue(grant.get("reason").asText().contains(roleRequest));
        assertEquals("request", member(group, ray).get("source").asText());
        String viewerItem = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-viewer\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"jit-amy\"]}}");
        assertTrue(find(Oidc.json(user(rayToken, "GET", "requestable", null).body()), viewerItem).get("held")
                .asBoolean(), "the group's grant counts as held");
        HttpResponse<String> held = user(rayToken, "POST", "", "{\"itemId\":\"" + viewerItem + "\"}");
        assertEquals(409, held.statusCode(), held.body());
        assertEquals("already_held", Oidc.json(held.body()).get("error").asText());

        awaitTrue(() -> status(rayToken, roleRequest).equals("expired") && status(rayToken, groupRequest)
                .equals("expired"), "both requests expire");
        assertFalse(allowed(rayToken, ray, solution), "the check API denies after expiry");
        JsonNode ended = Oidc.json(adminGet("requests/" + groupRequest).body());
        System.out.println("AccessRequestIT: the membership was removed " + java.time.Duration.between(
                java.time.Instant.parse(ended.get("expiresAt").asText()), java.time.Instant.parse(ended.get("endedAt")
                        .asText())).toMillis() + " ms after its expiry (expiry sweep every 1 s)");
        assertEquals(null, grantOf(solution, ray, "jit-operator"), "the grant row is gone");
        assertEquals(null, member(group, ray), "the membership is gone");

        List<String> trail = customAdminEvents("CREATE", "runtime-access/requests/" + roleRequest).stream()
                .map(AdminEventRepresentation::getOperationType).collect(Collectors.toList());
        trail.addAll(customAdminEvents("ACTION", "runtime-access/requests/" + roleRequest).stream()
                .map(AdminEventRepresentation::getOperationType).toList());
        trail.addAll(customAdminEvents("DELETE", "runtime-access/requests/" + roleRequest).stream()
                .map(AdminEventRepresentation::getOperationType).toList());
        assertEquals(List.of("CREATE", "ACTION", "DELETE"), trail, "requested, activated, expired");
        AdminEventRepresentation requested = customAdminEvents("CREATE", "runtime-access/requests/" + roleRequest)
                .get(0);
        assertEquals(ray, requested.getAuthDetails().getUserId(), "the requester is named");
        assertEquals(amy, customAdminEvents("ACTION", "runtime-access/requests/" + roleRequest).get(0)
                .getAuthDetails().getUserId(), "the approver is named");
    }

    @Test
    void realmAndClientRolesAreMappedUntilTheyExpire() {
        enableAdminEvents();
        realmRole("jit-night-admin");
        String demo = organization.admin().clients().findByClientId(Oidc.DEMO_CLIENT).get(0).getId();
        RoleRepresentation clientRole = new RoleRepresentation();
        clientRole.setName("jit-exporter");
        organization.admin().clients().get(demo).roles().create(clientRole);
        String kim = createOrganizationUser("jit-kim");
        createOrganizationUser("jit-lee");
        setManager(kim, "jit-lee");
        String realmItem = item("{\"kind\":\"realm-role\",\"role\":\"jit-night-admin\",\"approvers\":"
                + "{\"type\":\"manager\"}}");
        String clientItem = item("{\"kind\":\"client-role\",\"clientId\":\"" + Oidc.DEMO_CLIENT + "\",\"role\":"
                + "\"jit-exporter\",\"approvers\":{\"type\":\"manager\",\"values\":[\"manager\"]}}");
        String kimToken = token("jit-kim");
        String realmRequest = create(kimToken, realmItem, "PT4S", null, null);
        String clientRequest = create(kimToken, clientItem, "PT4S", null, null);
        String leeToken = token("jit-lee");
        assertTrue(ids(Oidc.json(user(leeToken, "GET", "approvals", null).body()))
                .containsAll(List.of(realmRequest, clientRequest)), "the manager attribute names the approver");
        assertEquals("active", approve(leeToken, realmRequest, null).get("status").asText());
        assertEquals("active", approve(leeToken, clientRequest, null).get("status").asText());
        assertTrue(realmRoles(kim).contains("jit-night-admin"));
        assertTrue(clientRoles(kim, demo).contains("jit-exporter"));

        awaitTrue(() -> status(kimToken, realmRequest).equals("expired") && status(kimToken, clientRequest)
                .equals("expired"), "both requests expire");
        assertFalse(realmRoles(kim).contains("jit-night-admin"), "the realm role mapping is gone");
        assertFalse(clientRoles(kim, demo).contains("jit-exporter"), "the client role mapping is gone");
        assertEquals(1, customAdminEvents("DELETE", "runtime-access/requests/" + realmRequest).size());
        // Keycloak's own role-mapping events too, as its admin API writes them, for what watches role mappings
        for (String operation : List.of("CREATE", "DELETE")) {
            assertEquals(1, organization.admin().getAdminEvents(List.of(operation), null, null, null, null,
                    "users/" + kim + "/role-mappings/realm", List.of("REALM_ROLE_MAPPING"), null, null, 0, 10)
                    .size(), operation + " of the realm role");
            assertEquals(1, organization.admin().getAdminEvents(List.of(operation), null, null, null, null,
                    "users/" + kim + "/role-mappings/clients/" + demo, List.of("CLIENT_ROLE_MAPPING"), null, null,
                    0, 10).size(), operation + " of the client role");
        }
    }

    @Test
    void aRoleTwoActiveRequestsGiveStaysUntilTheLastEnds() {
        String ola = createOrganizationUser("jit-ola");
        String olaToken = token("jit-ola");
        List<String> requests = twoActiveRequestsForOneRole("jit-overlap", olaToken, "jit-oz", "PT2S", "PT8S");
        String shorter = requests.get(0);
        String longer = requests.get(1);
        awaitTrue(() -> status(olaToken, shorter).equals("expired"), "the shorter request expires");
        assertTrue(realmRoles(ola).contains("jit-overlap"), "the longer request still gives the role");
        awaitTrue(() -> status(olaToken, longer).equals("expired"), "the longer request expires");
        assertFalse(realmRoles(ola).contains("jit-overlap"), "the last one takes it away");
    }

    /**
     * Two items for one new realm role, approved by a new user {@code approver}, and a request for each, both asked
     * while the role is not held yet (so neither is refused as held) and both approved: the shorter request's id,
     * then the longer one's.
     */
    private List<String> twoActiveRequestsForOneRole(String role, String requesterToken, String approver,
            String shortDuration, String longDuration) {
        realmRole(role);
        createOrganizationUser(approver);
        String approvers = ",\"approvers\":{\"type\":\"users\",\"values\":[\"" + approver + "\"]}}";
        String shortItem = item("{\"kind\":\"realm-role\",\"role\":\"" + role + "\"" + approvers);
        String longItem = item("{\"kind\":\"realm-role\",\"role\":\"" + role + "\",\"description\":\"longer\""
                + approvers);
        String shorter = create(requesterToken, shortItem, shortDuration, null, null);
        String longer = create(requesterToken, longItem, longDuration, null, null);
        String approverToken = token(approver);
        assertEquals("active", approve(approverToken, shorter, null).get("status").asText());
        assertEquals("active", approve(approverToken, longer, null).get("status").asText());
        return List.of(shorter, longer);
    }

    /**
     * More requests expire at once than a sweep ends (two in these tests; the three are given one past expiry in one
     * statement, so they are overdue together): every one ends, the third in the sweep that reads the page after the
     * last request the sweep before took. A failing read of that page would stop the sweep for good.
     */
    @Test
    void moreRequestsExpiringAtOnceThanASweepEndsAllEnd() throws Exception {
        assumeTrue(!"h2".equals(TestDatabase.vendor()), "needs a database the test can reach (not the embedded H2)");
        String vic = createOrganizationUser("jit-vic");
        createOrganizationUser("jit-val");
        String vicToken = token("jit-vic");
        List<String> requests = new java.util.ArrayList<>();
        for (String role : List.of("jit-page-a", "jit-page-b", "jit-page-c")) {
            realmRole(role);
            String item = item("{\"kind\":\"realm-role\",\"role\":\"" + role + "\",\"approvers\":{\"type\":"
                    + "\"users\",\"values\":[\"jit-val\"]}}");
            requests.add(create(vicToken, item, "PT1H", null, null));
        }
        String valToken = token("jit-val");
        requests.forEach(request -> assertEquals("active", approve(valToken, request, null).get("status").asText()));
        assertTrue(realmRoles(vic).containsAll(List.of("jit-page-a", "jit-page-b", "jit-page-c")));
        try (Connection db = TestDatabase.current()) {
            try (PreparedStatement due = db.prepareStatement("UPDATE RA_REQ_REQUEST SET EXPIRES_AT = ?"
                    + " WHERE ID IN (?, ?, ?)")) {
                due.setLong(1, System.currentTimeMillis() - 1000);
                for (int i = 0; i < requests.size(); i++) {
                    due.setString(i + 2, requests.get(i));
                }
                assertEquals(3, due.executeUpdate());
            }
        }
        awaitTrue(() -> requests.stream().allMatch(request -> status(vicToken, request).equals("expired")),
                "every request expires");
        assertTrue(realmRoles(vic).stream().noneMatch(role -> role.startsWith("jit-page-")), "every mapping is gone");
    }

    /**
     * Two requests giving one role end at once in two transactions: the test's connection ends the longer one as an
     * offboarding would, uncommitted, so the sweep ending the shorter one meanwhile still reads it as active. Each
     * leaves the role for the other; once both have committed, the role goes.
     */
    @Test
    void aRoleTwoRequestsGiveGoesWhenBothEndAtOnce() throws Exception {
        assumeTrue(!"h2".equals(TestDatabase.vendor()), "needs a database the test can reach (not the embedded H2)");
        String una = createOrganizationUser("jit-una");
        String unaToken = token("jit-una");
        List<String> requests = twoActiveRequestsForOneRole("jit-overlap-race", unaToken, "jit-uwe", "PT1H", "PT2H");
        String shorter = requests.get(0);
        String longer = requests.get(1);
        try (Connection db = TestDatabase.holdingRow("RA_REQ_REQUEST", "ID", longer);
                Connection other = TestDatabase.current()) {
            try (PreparedStatement end = db.prepareStatement("UPDATE RA_REQ_REQUEST SET STATUS = 'EXPIRED',"
                    + " ENDED_AT = ?, EXPIRES_AT = ? WHERE ID = ?")) {
                long now = System.currentTimeMillis();
                end.setLong(1, now);
                end.setLong(2, now);
                end.setString(3, longer);
                assertEquals(1, end.executeUpdate());
            }
            // only now is the shorter one's time up (committed at once): the sweep ends it while the longer is held
            try (PreparedStatement due = other.prepareStatement("UPDATE RA_REQ_REQUEST SET EXPIRES_AT = ?"
                    + " WHERE ID = ?")) {
                due.setLong(1, System.currentTimeMillis() - 1000);
                due.setString(2, shorter);
                assertEquals(1, due.executeUpdate());
            }
            awaitTrue(() -> status(unaToken, shorter).equals("expired"), "the sweep ends the shorter request");
            assertTrue(realmRoles(una).contains("jit-overlap-race"), "the sweep read the longer one as active");
            db.commit();
        }
        awaitTrue(() -> !realmRoles(una).contains("jit-overlap-race"), "the role goes once both have committed");
        assertEquals("expired", status(unaToken, longer));
    }

    /**
     * A decision takes the request's row first: while another transaction holds it (as a cancellation committing
     * at that moment would), an approval waits, then sees the request cancelled and gives nothing.
     */
    @Test
    void anApprovalWaitsForACancellationInProgressAndThenGivesNothing() throws Exception {
        realmRole("jit-race");
        String ray = createOrganizationUser("jit-race-ray");
        createOrganizationUser("jit-race-rex");
        String item = item("{\"kind\":\"realm-role\",\"role\":\"jit-race\",\"approvers\":{\"type\":\"users\","
                + "\"values\":[\"jit-race-rex\"]}}");
        String request = create(token("jit-race-ray"), item, "PT1M", null, null);
        String rexToken = token("jit-race-rex");
        try (Connection db = TestDatabase.holdingRow("RA_REQ_REQUEST", "ID", request)) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            CompletableFuture<HttpResponse<String>> approval = CompletableFuture.supplyAsync(
                    () -> user(rexToken, "POST", request + "/approve", null));
            Thread.sleep(1500);
            assertFalse(approval.isDone(), "the approval waits for the row");
            try (PreparedStatement cancel = db.prepareStatement(
                    "UPDATE RA_REQ_REQUEST SET STATUS = 'CANCELLED' WHERE ID = ?")) {
                cancel.setString(1, request);
                assertEquals(1, cancel.executeUpdate());
            }
            db.commit();
            HttpResponse<String> answer = approval.get(30, TimeUnit.SECONDS);
            assertEquals(409, answer.statusCode(), answer.body());
            assertEquals("not_pending", Oidc.json(answer.body()).get("error").asText());
        }
        assertFalse(realmRoles(ray).contains("jit-race"), "nothing was given");
    }

    private List<String> clientRoles(String userId, String client) {
        return organization.admin().users().get(userId).roles().clientLevel(client).listAll().stream()
                .map(RoleRepresentation::getName).toList();
    }

    @Test
    void autoApprovalFollowsAConfidentPeerRecommendationOnly() throws Exception {
        enableAdminEvents();
        String solution = solution("JIT Auto", "jit-auto-role");
        String ava = createOrganizationUser("jit-ava");
        String bea = createOrganizationUser("jit-bea");
        createOrganizationUser("jit-auto-approver");
        String key = "grant:" + solution + ":jit-auto-role";
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-auto-role\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"jit-auto-approver\"]},"
                + "\"autoApproval\":{\"minConfidence\":0.8,\"maxRisk\":100}}");
        assertEquals(0.8, Oidc.json(adminGet(ITEMS + "/" + item).body()).get("autoApproval").get("minConfidence")
                .asDouble());
        String realmId = organization.admin().toRepresentation().getId();
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server: no recommendation can be seeded");
            // What a governance run leaves when the peer recommender proposes the access to a user.
            recommend(db, realmId, ava, key, 0.9);
            recommend(db, realmId, bea, key, 0.6);
            try {
                String avaToken = token("jit-ava");
                String beaToken = token("jit-bea");
                String avaRequest = create(avaToken, item, "PT3S", null, null);
                String beaRequest = create(beaToken, item, "PT3S", null, null);
                awaitTrue(() -> !status(avaToken, avaRequest).equals("pending"), "ava's request is auto-approved");
                JsonNode approved = Oidc.json(adminGet("requests/" + avaRequest).body());
                assertEquals("auto-approval", approved.get("decisions").get(0).get("approverId").asText());
                assertTrue(approved.get("decisions").get(0).get("comment").asText().contains("confidence 0.9"));
                assertEquals(1, customAdminEvents("ACTION", "runtime-access/requests/" + avaRequest).size());
                sleep(1000);
                assertEquals("pending", status(beaToken, beaRequest), "0.6 is below the item's 0.8: a human decides");
                String cyd = createOrganizationUser("jit-cyd");
                assertEquals("pending", Oidc.json(adminGet("requests/" + create(token("jit-cyd"), item, "PT3S", null,
                        null)).body()).get("status").asText(), "no recommendation: a human decides (" + cyd + ")");
                // a recommendation older than a proposal may wait has stale evidence: a human decides
                String eli = createOrganizationUser("jit-eli");
                recommend(db, realmId, eli, key, 0.95, System.currentTimeMillis() - java.time.Duration.ofDays(31)
                        .toMillis());
                String eliToken = token("jit-eli");
                String eliRequest = create(eliToken, item, "PT3S", null, null);
                sleep(1000);
                assertEquals("pending", status(eliToken, eliRequest), "a 31-day-old recommendation counts for nothing");
                // with the governance mode off, no recommendation counts
                String fay = createOrganizationUser("jit-fay");
                recommend(db, realmId, fay, key, 0.95);
                String mode = Oidc.json(adminGet("governance/settings").body()).get("mode").asText();
                assertEquals(200, adminPut("governance/settings", "{\"mode\":\"off\"}").statusCode());
                try {
                    String fayToken = token("jit-fay");
                    String fayRequest = create(fayToken, item, "PT3S", null, null);
                    sleep(1000);
                    assertEquals("pending", status(fayToken, fayRequest), "mode off: a human decides");
                } finally {
                    assertEquals(200, adminPut("governance/settings", "{\"mode\":\"" + mode + "\"}").statusCode());
                }
            } finally {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM RA_GOV_PROPOSAL WHERE ITEM_KEY = ?")) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void aPreventiveSodRuleLeavesAnAutoApprovableRequestPending() throws Exception {
        String solution = solution("JIT Auto SoD", "jit-as-create", "jit-as-pay");
        String dee = createOrganizationUser("jit-dee");
        createOrganizationUser("jit-as-approver");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":"
                + "\"jit-dee\"},\"role\":\"jit-as-create\"}").statusCode());
        String rule = rule("JIT auto prevent", solution, "jit-as-create", "jit-as-pay", "prevent");
        String key = "grant:" + solution + ":jit-as-pay";
        String item = item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"jit-as-pay\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"jit-as-approver\"]},"
                + "\"autoApproval\":{\"minConfidence\":0.5,\"maxRisk\":100}}");
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server: no recommendation can be seeded");
            recommend(db, organization.admin().toRepresentation().getId(), dee, key, 0.9);
            try {
                String deeToken = token("jit-dee");
                String request = create(deeToken, item, "PT3S", null, null);
                sleep(1000);
                JsonNode waiting = Oidc.json(adminGet("requests/" + request).body());
                assertEquals("pending", waiting.get("status").asText(), "the SoD refusal left it to a human");
                assertEquals(0, waiting.get("decisions").size(), "the automatic decision was rolled back");
                assertEquals(null, grantOf(solution, dee, "jit-as-pay"));
                HttpResponse<String> human = user(token("jit-as-approver"), "POST", request + "/approve", null);
                assertEquals(409, human.statusCode(), "a human meets the same rule: " + human.body());
            } finally {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM RA_GOV_PROPOSAL WHERE ITEM_KEY = ?")) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
            }
        } finally {
            assertEquals(204, adminDelete(SOD + "rules/" + rule).statusCode());
        }
    }

    /** A waiting PEER_RECOMMENDATION/ADD proposal of {@code key} for the user, as the governance queue stores one. */
    private static void recommend(Connection db, String realmId, String userId, String key, double confidence)
            throws Exception {
        recommend(db, realmId, userId, key, confidence, System.currentTimeMillis());
    }

    private static void recommend(Connection db, String realmId, String userId, String key, double confidence,
            long createdAt) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO RA_GOV_PROPOSAL (ID, REALM_ID, FINGERPRINT, "
                + "STATUS, CATEGORY, CHANGE_TYPE, USER_ID, ITEM_KEY, ITEM_KIND, ITEM_PRIVILEGED, CONFIDENCE, "
                + "JUSTIFICATION, EVIDENCE, MODEL_VERSION, INPUTS, SOURCE, CREATED_AT) VALUES (?, ?, ?, 'PROPOSED', "
                + "'PEER_RECOMMENDATION', 'ADD', ?, ?, 'GRANT', ?, ?, 'peers hold it', '{}', 'test', '[]', 'run:api', ?)")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, realmId);
            insert.setString(3, String.format("%064d", Math.abs((userId + key).hashCode())));
            insert.setString(4, userId);
            insert.setString(5, key);
            insert.setBoolean(6, false);
            insert.setDouble(7, confidence);
            insert.setLong(8, createdAt);
            insert.executeUpdate();
        }
    }
}
