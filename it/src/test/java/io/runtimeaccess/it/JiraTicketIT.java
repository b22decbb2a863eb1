package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmEventsConfigRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Tickets opened through the Jira sink on a real Keycloak, against {@link LocalJira}, which checks the exact request
 * of each flavour: Jira Cloud (REST v3, Basic email:API-token, an ADF description) for a warned
 * separation-of-duties violation, whose first delivery gets a 500 and is retried once a search by the ticket's
 * label (failing once with 503) finds no issue; Jira Data Center (REST v2, Bearer personal access token, a wiki-markup description with
 * hostile text escaped) for an approved request of a manual-step item; a HIGH finding; a closed campaign's
 * revocations, whose issue Jira made behind a 504 and the retry's search finds. The issue key lands on the source's view,
 * polling flips it to resolved, and the token is never answered by the API nor written to the server log.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class JiraTicketIT extends AbstractJiraIT {

    private static final String HOSTILE_RULE = "Jira *pay* {code} [x|http://evil.test]";
    private static final String IN_PROGRESS = "{\"fields\":{\"status\":{\"name\":\"In Progress\","
            + "\"statusCategory\":{\"key\":\"indeterminate\"}}}}";
    private static final String REOPENED = "{\"fields\":{\"status\":{\"name\":\"Reopened\","
            + "\"statusCategory\":{\"key\":\"new\"}}}}";
    private static final String DONE = "{\"fields\":{\"status\":{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}}}}";

    @Test
    void cloudTicketForAWarnedViolationIsRetriedLinkedAndPolledToResolved() {
        jira = new LocalJira().answer("POST", 500, "{\"errorMessages\":[\"try later\"]}")
                .answer("POST", 201, "{\"id\":\"10001\",\"key\":\"SEC-1\",\"self\":\"x\"}")
                .answer("GET", 503, "{}").answer("GET", 200, "{\"issues\":[],\"isLast\":true}")
                .answer("GET", 200, IN_PROGRESS);
        String token = "cloud-token-" + UUID.randomUUID();
        HttpResponse<String> saved = adminPut(CONFIG, "{\"flavour\":\"cloud\",\"baseUrl\":\"" + jira.baseUrl()
                + "\",\"projectKey\":\"SEC\",\"issueType\":\"Task\",\"email\":\"ops@acme.test\",\"token\":\"" + token
                + "\",\"fieldMapping\":{\"labels\":\"sourceKind\",\"customfield_10042\":\"severity\"},"
                + "\"sources\":[\"sod-violation\"]}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertFalse(saved.body().contains(token), "the token is never answered");
        JsonNode config = Oidc.json(adminGet(CONFIG).body());
        assertTrue(config.get("tokenSet").asBoolean());
        assertFalse(config.has("token"));

        RoleRepresentation x = realmRole("jira-x");
        RoleRepresentation y = realmRole("jira-y");
        sodRule(HOSTILE_RULE, "global", null, List.of("realm-role:jira-x", "realm-role:jira-y"), "warn", true);
        String ann = createOrganizationUser("jira-ann");
        organization.admin().users().get(ann).roles().realmLevel().add(List.of(x));
        organization.admin().users().get(ann).roles().realmLevel().add(List.of(y));

        awaitTrue(() -> "SEC-1".equals(ticketOf(sodEvent(ann)).path("key").asText(null)),
                "the retried delivery's key lands on the violation");
        List<LocalJira.Received> posts = jira.received("POST");
        assertEquals(2, posts.size(), "one failure (500), one retry");
        assertEquals(posts.get(0).body(), posts.get(1).body(), "the retry sends the same ticket");
        LocalJira.Received post = posts.get(1);
        assertEquals("/rest/api/3/issue", post.pathAndQuery());
        assertEquals("Basic " + Base64.getEncoder().encodeToString(("ops@acme.test:" + token)
                .getBytes(StandardCharsets.UTF_8)), post.headers().get("authorization"));
        assertEquals("application/json", post.headers().get("content-type"));
        assertEquals("application/json", post.headers().get("accept"));
        JsonNode fields = Oidc.json(post.body()).get("fields");
        assertEquals("SEC", fields.get("project").get("key").asText());
        assertEquals("Task", fields.get("issuetype").get("name").asText());
        assertEquals("Separation of duties: jira-ann breaks \"" + HOSTILE_RULE + "\"", fields.get("summary").asText());
        JsonNode queued = outbox("sod-violation").get(0);
        String label = "runtime-access-" + queued.get("id").asText();
        assertEquals(List.of("sod-violation", label), List.of(fields.get("labels").get(0).asText(),
                fields.get("labels").get(1).asText()), "the mapped label, then the ticket's own");
        assertEquals("MEDIUM", fields.get("customfield_10042").asText());
        JsonNode doc = fields.get("description");
        assertEquals("doc", doc.get("type").asText());
        assertEquals(1, doc.get("version").asInt());
        JsonNode text = doc.get("content").get(0).get("content").get(0);
        assertEquals("text", text.get("type").asText());
        assertTrue(text.get("text").asText().contains("\"" + HOSTILE_RULE + "\" was warned"), text.toString());
        assertFalse(text.has("marks"), "the rule's text stays text");
        assertEquals("bulletList", doc.get("content").get(1).get("type").asText());

        JsonNode ticket = ticketOf(sodEvent(ann));
        assertEquals(jira.baseUrl() + "/browse/SEC-1", ticket.get("url").asText());
        assertEquals(3, queued.get("attempts").asInt(), "the 500, a search answered 503, a search then the retry");
        // Before a retry, a search for an issue the failed attempt may have made anyway: the first search fails
        // (an attempt of its own, nothing posted), the second finds none, so the create is sent again.
        for (LocalJira.Received search : jira.received("GET").subList(0, 2)) {
            assertEquals("/rest/api/3/search/jql?jql=labels%20%3D%20%22" + label + "%22%20ORDER%20BY%20created%20ASC"
                    + "&fields=summary&maxResults=1", search.pathAndQuery());
            assertEquals(post.headers().get("authorization"), search.headers().get("authorization"));
            assertEquals("application/json", search.headers().get("accept"));
        }
        awaitTrue(() -> "In Progress".equals(ticketOf(sodEvent(ann)).path("status").asText()), "polled once");
        LocalJira.Received poll = jira.received("GET").get(2);
        assertEquals("/rest/api/3/issue/SEC-1?fields=status", poll.pathAndQuery());
        assertEquals(post.headers().get("authorization"), poll.headers().get("authorization"));
        assertEquals("application/json", poll.headers().get("accept"));
        assertFalse(ticketOf(sodEvent(ann)).get("resolved").asBoolean());

        jira.answerAlways("GET", 200, DONE);
        awaitTrue(() -> ticketOf(sodEvent(ann)).path("resolved").asBoolean(), "the resolved issue shows resolved");
        assertEquals("Done", ticketOf(sodEvent(ann)).get("status").asText());
        assertEquals("resolved", outbox("sod-violation").get(0).get("state").asText());

        // Reopened in Jira: the resolved ticket is still polled (every 2 s here) and shows open again.
        int pollsBefore = jira.received("GET").size();
        jira.answerAlways("GET", 200, REOPENED);
        awaitTrue(() -> "Reopened".equals(ticketOf(sodEvent(ann)).path("status").asText()),
                "the reopened issue shows open again");
        assertFalse(ticketOf(sodEvent(ann)).get("resolved").asBoolean());
        JsonNode reopened = outbox("sod-violation").get(0);
        assertEquals("open", reopened.get("state").asText());
        assertEquals("SEC-1", reopened.get("ticket").get("key").asText());
        List<LocalJira.Received> polls = jira.received("GET");
        assertTrue(polls.size() > pollsBefore, "polled again after it was resolved");
        for (LocalJira.Received repoll : polls.subList(pollsBefore, polls.size())) {
            assertEquals("/rest/api/3/issue/SEC-1?fields=status", repoll.pathAndQuery());
            assertEquals(post.headers().get("authorization"), repoll.headers().get("authorization"));
            assertEquals("application/json", repoll.headers().get("accept"));
            assertEquals("", repoll.body());
        }
        jira.answerAlways("GET", 200, DONE);
        awaitTrue(() -> ticketOf(sodEvent(ann)).path("resolved").asBoolean(), "resolved again");
        assertNotInServerLog(token);
    }

    @Test
    void dataCenterTicketForAManualStepRequestKeepsTheStoredToken() {
        jira = new LocalJira().answerAlways("POST", 201, "{\"id\":\"20001\",\"key\":\"OPS-5\",\"self\":\"x\"}")
                .answerAlways("GET", 200, DONE);
        String pat = "pat-" + UUID.randomUUID();
        String base = "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl() + "/jira\",\"projectKey\":\"OPS\","
                + "\"sources\":[\"access-request\"],";
        assertEquals(200, adminPut(CONFIG, base + "\"issueType\":\"Task\",\"token\":\"" + pat + "\"}").statusCode());
        HttpResponse<String> kept = adminPut(CONFIG, base + "\"issueType\":\"Service Request\"}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertTrue(Oidc.json(kept.body()).get("tokenSet").asBoolean(), "a PUT without a token keeps the stored one");

        RoleRepresentation licence = realmRole("jira-licence");
        createOrganizationUser("jira-amy");
        createOrganizationUser("jira-rex");
        HttpResponse<String> item = adminPost("requests/items", "{\"kind\":\"realm-role\",\"role\":\""
                + licence.getName() + "\",\"description\":\"Assign a CAD licence by hand\",\"approvers\":{\"type\":"
                + "\"users\",\"values\":[\"jira-amy\"]},\"justificationRequired\":true,\"manualStep\":true}");
        assertEquals(201, item.statusCode(), item.body());
        assertTrue(Oidc.json(item.body()).get("manualStep").asBoolean());
        String itemId = Oidc.json(item.body()).get("id").asText();
        String justification = "Needs *licence* {html}<b>x</b>{html} [~admin]";
        HttpResponse<String> requested = userRequests(token("jira-rex"), "POST", "", "{\"itemId\":\"" + itemId
                + "\",\"duration\":\"PT3S\",\"justification\":\"" + justification + "\"}");
        String request = createdId(requested);
        HttpResponse<String> approved = userRequests(token("jira-amy"), "POST", request + "/approve", null);
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("active", Oidc.json(approved.body()).get("status").asText());

        awaitTrue(() -> Oidc.json(adminGet("requests/" + request).body()).path("fulfilmentTicket").path("resolved")
                .asBoolean(), "the request's ticket is delivered, then polled as resolved");
        JsonNode ticket = Oidc.json(adminGet("requests/" + request).body()).get("fulfilmentTicket");
        assertEquals("OPS-5", ticket.get("key").asText());
        assertEquals(jira.baseUrl() + "/jira/browse/OPS-5", ticket.get("url").asText());
        JsonNode listed = null;
        for (JsonNode each : Oidc.json(adminGet("requests?status=active").body())) {
            listed = each.get("id").asText().equals(request) ? each : listed;
        }
        assertEquals(ticket, listed.get("fulfilmentTicket"), "the realm's list shows the same ticket");
        LocalJira.Received post = jira.received("POST").get(0);
        assertEquals("/jira/rest/api/2/issue", post.pathAndQuery());
        assertEquals("Bearer " + pat, post.headers().get("authorization"));
        assertEquals("application/json", post.headers().get("content-type"));
        assertEquals("application/json", post.headers().get("accept"));
        JsonNode fields = Oidc.json(post.body()).get("fields");
        assertEquals("OPS", fields.get("project").get("key").asText());
        assertEquals("Service Request", fields.get("issuetype").get("name").asText());
        assertEquals("Access request approved: realm-role:jira-licence for jira-rex", fields.get("summary").asText());
        String wiki = fields.get("description").asText();
        assertTrue(wiki.startsWith("An access request was approved and Keycloak gave realm\\-role\\:jira\\-licence to "
                + "jira\\-rex."), wiki);
        assertTrue(wiki.contains("\n||Justification|Needs \\*licence\\* \\{html\\}<b>x</b>\\{html\\} \\[\\~admin\\]|\n"),
                wiki);
        assertTrue(wiki.contains("||Item|Assign a CAD licence by hand|"), wiki);
        LocalJira.Received poll = jira.received("GET").get(0);
        assertEquals("/jira/rest/api/2/issue/OPS-5?fields=status", poll.pathAndQuery());
        assertEquals("Bearer " + pat, poll.headers().get("authorization"));
        assertNotInServerLog(pat);

        awaitTrue(() -> "expired".equals(Oidc.json(adminGet("requests/" + request).body()).get("status").asText()),
                "the short request expires, so nothing of it outlives the test");
        assertEquals(204, adminDelete("requests/items/" + itemId).statusCode());
    }

    /** A HIGH finding (a master admin turns off admin-event details) is found by the ticket task and delivered. */
    @Test
    void highFindingOpensATicket() {
        jira = new LocalJira().answerAlways("POST", 201, "{\"id\":\"30001\",\"key\":\"SOC-9\",\"self\":\"x\"}")
                .answerAlways("GET", 200, IN_PROGRESS);
        enableAnomalyListener();
        RealmEventsConfigRepresentation original = organization.admin().getRealmEventsConfig();
        try {
            RealmEventsConfigRepresentation full = organization.admin().getRealmEventsConfig();
            full.setAdminEventsEnabled(true);
            full.setAdminEventsDetailsEnabled(true);
            organization.admin().updateRealmEventsConfig(full);
            assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl()
                    + "\",\"projectKey\":\"SOC\",\"issueType\":\"Incident\",\"token\":\"pat-" + UUID.randomUUID()
                    + "\",\"sources\":[\"finding\"],\"fieldMapping\":{\"customfield_10100\":\"severity\"}}").statusCode());
            RealmEventsConfigRepresentation weaker = organization.admin().getRealmEventsConfig();
            weaker.setAdminEventsDetailsEnabled(false);
            organization.admin().updateRealmEventsConfig(weaker);

            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (outbox("finding").isEmpty() || !"open".equals(outbox("finding").get(0).get("state").asText())) {
                assertTrue(System.nanoTime() < deadline, "a ticket for the finding: " + outbox("finding"));
                sleep(200);
            }
            JsonNode ticket = outbox("finding").get(0);
            assertEquals("SOC-9", ticket.get("ticket").get("key").asText());
            // The finding's view (the console's finding page) finds its ticket by source.
            String findingId = ticket.get("sourceId").asText();
            HttpResponse<String> bySource = adminGet("tickets/outbox?sourceKind=finding&sourceId=" + findingId
                    + "&sourceId=" + UUID.randomUUID());
            assertEquals(200, bySource.statusCode(), bySource.body());
            JsonNode found = Oidc.json(bySource.body());
            assertEquals(1, found.size(), found.toString());
            assertEquals(findingId, found.get(0).get("sourceId").asText());
            assertEquals("SOC-9", found.get(0).get("ticket").get("key").asText());
            assertEquals(jira.baseUrl() + "/browse/SOC-9", found.get(0).get("ticket").get("url").asText());
            assertEquals(0, Oidc.json(adminGet("tickets/outbox?sourceKind=sod-violation&sourceId=" + findingId)
                    .body()).size(), "the kind is part of the source");
            JsonNode finding = Oidc.json(findingsCall("GET", "/" + ticket.get("sourceId").asText(), adminToken(), null)
                    .body());
            assertEquals("AUDIT_TAMPERING", finding.get("detection").asText(), finding.toString());
            JsonNode fields = Oidc.json(jira.received("POST").get(0).body()).get("fields");
            assertEquals("SOC", fields.get("project").get("key").asText());
            assertTrue(fields.get("summary").asText().startsWith(finding.get("severity").asText()
                    + " finding AUDIT_TAMPERING"), fields.toString());
            assertEquals(finding.get("severity").asText(), fields.get("customfield_10100").asText());
            assertTrue(fields.get("description").asText().contains("Turned off the representation \\(details\\) in "
                    + "admin events"), fields.get("description").asText());
        } finally {
            organization.admin().updateRealmEventsConfig(original);
        }
    }

    @Test
    void closedCampaignsRevocationsOpenOneTicketThoughTheFirstAnswerWasLost() throws Exception {
        // Jira makes the issue but the proxy in front of it answers 504: the retry finds it instead of making another
        jira = new LocalJira().answerAlways("POST", 504, "<html>Gateway Timeout</html>")
                .answer("GET", 200, "{\"startAt\":0,\"total\":1,\"issues\":[{\"id\":\"40001\",\"key\":\"IAM-4\"}]}")
                .answer("GET", 200, IN_PROGRESS);
        campaignSink();
        String group = endUserGroup("Jira reviewed group");
        createOrganizationUser("jira-rev-gus");
        createOrganizationUser("jira-rev-auditor");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"jira-rev-gus\"}").statusCode());
        String campaign = createdId(adminPost("reviews/campaigns", "{\"name\":\"Jira campaign\",\"scope\":"
                + "{\"type\":\"group-members\",\"id\":\"" + group + "\"},\"reviewers\":{\"type\":\"manager\","
                + "\"fallback\":[\"jira-rev-auditor\"]},\"duration\":\"P1D\",\"autoApply\":false}"));
        String item = Oidc.json(adminGet("reviews/campaigns/" + campaign + "/items").body()).get(0).get("id").asText();
        assertEquals(200, adminPost("reviews/campaigns/" + campaign + "/decisions", "{\"decisions\":[{\"itemId\":\""
                + item + "\",\"decision\":\"revoke\",\"justification\":\"left the team\"}]}").statusCode());
        assertEquals(200, adminPost("reviews/campaigns/" + campaign + "/close", "{}").statusCode());

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (outbox("campaign-revocation").isEmpty()
                || !"open".equals(outbox("campaign-revocation").get(0).get("state").asText())) {
            assertTrue(System.nanoTime() < deadline, "a ticket for the campaign: " + outbox("campaign-revocation"));
            sleep(200);
        }
        JsonNode ticket = outbox("campaign-revocation").get(0);
        assertEquals(campaign, ticket.get("sourceId").asText());
        assertEquals("IAM-4", ticket.get("ticket").get("key").asText());
        assertEquals(2, ticket.get("attempts").asInt(), "the 504, then the search that found the issue");
        assertEquals(1, jira.received("POST").size(), "one ticket per campaign, not posted again");
        assertEquals("/rest/api/2/search?jql=labels%20%3D%20%22runtime-access-" + ticket.get("id").asText()
                + "%22%20ORDER%20BY%20created%20ASC&fields=summary&maxResults=1",
                jira.received("GET").get(0).pathAndQuery());
        JsonNode fields = Oidc.json(jira.received("POST").get(0).body()).get("fields");
        assertEquals("Access review \"Jira campaign\" closed: 1 revocation", fields.get("summary").asText());
        String description = fields.get("description").asText().replace("\\", "");
        assertTrue(description.contains("jira-rev-gus") && description.contains("not-applied"), description);
        assertStoredPayload(ticket.get("id").asText(), "{}", "delivered: the text (usernames) lives in Jira now");
        assertEquals(200, adminDelete("groups/" + group).statusCode());
    }

    private static void assertStoredPayload(String ticketId, String expected, String why) throws Exception {
        try (Connection db = TestDatabase.current()) {
            if (db == null) {
                return; // H2: held by the embedded server
            }
            try (PreparedStatement read = db.prepareStatement("SELECT PAYLOAD FROM RA_TICKET WHERE ID = ?")) {
                read.setString(1, ticketId);
                ResultSet row = read.executeQuery();
                assertTrue(row.next(), ticketId);
                assertEquals(expected, row.getString(1), why);
            }
        }
    }

    /**
     * The close and its revocations are committed before the ticket is queued: a ticket the database refuses (here
     * a constraint added for the test) leaves the close answered 200 and its revocation applied, not a 500.
     */
    @Test
    void aTicketThatCannotBeQueuedLeavesTheCloseDone() throws Exception {
        jira = new LocalJira();
        campaignSink();
        String group = endUserGroup("Jira refused group");
        String campaign = campaignRevoking(group, "jira-ref");
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach");
            db.createStatement().execute("ALTER TABLE RA_TICKET ADD CONSTRAINT CK_TEST_NO_CAMPAIGN_TICKET"
                    + " CHECK (SOURCE_ID <> '" + campaign + "')");
            try {
                HttpResponse<String> closed = adminPost("reviews/campaigns/" + campaign + "/close", "{}");
                assertEquals(200, closed.statusCode(), closed.body());
            } finally {
                db.createStatement().execute("ALTER TABLE RA_TICKET DROP CONSTRAINT CK_TEST_NO_CAMPAIGN_TICKET");
            }
        }
        assertEquals("revoked", Oidc.json(adminGet("reviews/campaigns/" + campaign + "/items").body()).get(0)
                .get("applied").asText());
        assertTrue(outbox("campaign-revocation").findValues("sourceId").stream()
                .noneMatch(id -> id.asText().equals(campaign)), "no ticket was queued");
        assertEquals(200, adminDelete("groups/" + group).statusCode());
    }

    /**
     * A ticket Jira refused for good (a 401: the token was wrong) is queued again once the admin fixed it: the courier
     * first looks for an issue an earlier attempt made, then opens it. Only a failed ticket is queued again.
     */
    @Test
    void aFailedTicketIsQueuedAgainByTheAdmin() {
        jira = new LocalJira().answer("POST", 401, "{\"errorMessages\":[\"bad token\"]}")
                .answer("GET", 200, "{\"startAt\":0,\"total\":0,\"issues\":[]}")
                .answer("POST", 201, "{\"id\":\"40007\",\"key\":\"IAM-7\",\"self\":\"x\"}")
                .answer("GET", 200, IN_PROGRESS);
        campaignSink();
        String group = endUserGroup("Jira retried group");
        String campaign = campaignRevoking(group, "jira-ret");
        assertEquals(200, adminPost("reviews/campaigns/" + campaign + "/close", "{}").statusCode());
        String id = awaitTicket(campaign, "failed").get("id").asText();

        assertRefused(adminPost("tickets/outbox/nope/retry", "{}"), 404, "id");
        String viewer = organizationAdminToken("jira-outbox-viewer", "view-realm");
        assertEquals(403, adminCall("POST", "tickets/outbox/" + id + "/retry", viewer, "{}").statusCode(),
                "manage-realm, as the sink's configuration");
        HttpResponse<String> retried = adminPost("tickets/outbox/" + id + "/retry", "{}");
        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals("pending", Oidc.json(retried.body()).get("state").asText());
        JsonNode open = awaitTicket(campaign, "open");
        assertEquals("IAM-7", open.get("ticket").get("key").asText());
        assertEquals(2, jira.received("POST").size(), "the refused attempt and the one after the retry");
        assertRefused(adminPost("tickets/outbox/" + id + "/retry", "{}"), 409, "id");
        assertEquals(200, adminDelete("groups/" + group).statusCode());
    }

    /** The Data Center sink of {@link #jira}, for closed campaigns' tickets. */
    private void campaignSink() {
        assertEquals(200, adminPut(CONFIG, "{\"flavour\":\"data-center\",\"baseUrl\":\"" + jira.baseUrl()
                + "\",\"projectKey\":\"IAM\",\"issueType\":\"Task\",\"token\":\"pat-" + UUID.randomUUID()
                + "\",\"sources\":[\"campaign-revocation\"]}").statusCode());
    }

    /** A campaign over the group whose one member is decided for revocation, not closed yet. */
    private String campaignRevoking(String group, String prefix) {
        createOrganizationUser(prefix + "-hal");
        createOrganizationUser(prefix + "-auditor");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"" + prefix + "-hal\"}")
                .statusCode());
        String campaign = createdId(adminPost("reviews/campaigns", "{\"name\":\"" + prefix + "\",\"scope\":"
                + "{\"type\":\"group-members\",\"id\":\"" + group + "\"},\"reviewers\":{\"type\":\"manager\","
                + "\"fallback\":[\"" + prefix + "-auditor\"]},\"duration\":\"P1D\"}"));
        String item = Oidc.json(adminGet("reviews/campaigns/" + campaign + "/items").body()).get(0).get("id").asText();
        assertEquals(200, adminPost("reviews/campaigns/" + campaign + "/decisions", "{\"decisions\":[{\"itemId\":\""
                + item + "\",\"decision\":\"revoke\",\"justification\":\"left the team\"}]}").statusCode());
        return campaign;
    }

    private JsonNode awaitTicket(String sourceId, String state) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            for (JsonNode ticket : outbox("campaign-revocation")) {
                if (ticket.get("sourceId").asText().equals(sourceId) && ticket.get("state").asText().equals(state)) {
                    return ticket;
                }
            }
            assertTrue(System.nanoTime() < deadline, "a " + state + " ticket for " + sourceId + ": "
                    + outbox("campaign-revocation"));
            sleep(200);
        }
    }

    private HttpResponse<String> userRequests(String token, String method, String path, String body) {
        return send(HttpRequest.newBuilder(java.net.URI.create(org.realmUrl() + "/runtime-access/requests"
                + (path.isEmpty() ? "" : "/" + path))).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }
}
