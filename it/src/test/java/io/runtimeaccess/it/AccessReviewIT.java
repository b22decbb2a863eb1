package io.runtimeaccess.it;

import static io.runtimeaccess.it.Mails.text;
import static io.runtimeaccess.it.Metrics.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Access-review campaigns on a real Keycloak: reviewers are told by email when a campaign starts and reminded before
 * a short deadline, undecided and delegated items get the campaign's default decision at the deadline, revocations
 * are applied at close through the admin API's code paths (the check API then denies), the closed campaign's evidence
 * is exported in CSV and JSON, a deleted user's items go with the user, a recurring campaign starts again, and bad
 * campaigns are refused.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AccessReviewIT extends AbstractReviewIT {


    /**
     * inactive-users reviews the access of the users not seen for the days given (their creation counts for a user
     * never seen signing in), but not service accounts, whose clients sign in without a LOGIN event: a revoke default
     * would otherwise cut machine integrations. A user active before the extension was installed has no sign-in mark
     * but Keycloak's stored LOGIN event, which counts as governance's dormancy counts it. The accounts are made three
     * days old in the database.
     */
    @Test
    void inactiveUsersAreReviewedButNotServiceAccounts() throws SQLException {
        String solution = solution("REV Idle", "rev-idle");
        String olga = createOrganizationUser("rev-olga");
        String otto = createOrganizationUser("rev-otto");
        createOrganizationUser("rev-idle-auditor");
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("rev-idle-service");
        client.setSecret("rev-idle-secret");
        client.setPublicClient(false);
        client.setServiceAccountsEnabled(true);
        organization.admin().clients().create(client).close();
        String clientUuid = organization.admin().clients().findByClientId("rev-idle-service").get(0).getId();
        try {
            String robot = organization.admin().clients().get(clientUuid).getServiceAccountUser().getId();
            for (String user : List.of(olga, otto, robot)) {
                assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\","
                        + "\"id\":\"" + user + "\"},\"role\":\"rev-idle\"}").statusCode());
            }
            try (Connection db = TestDatabase.current()) {
                assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
                try (PreparedStatement old = db.prepareStatement(
                        "update USER_ENTITY set CREATED_TIMESTAMP = ? where ID in (?, ?, ?)")) {
                    old.setLong(1, System.currentTimeMillis() - 3 * 86_400_000L);
                    old.setString(2, olga);
                    old.setString(3, otto);
                    old.setString(4, robot);
                    assertEquals(3, old.executeUpdate());
                }
                TestDatabase.storedLogin(db, organization.getId(), otto, System.currentTimeMillis() - 3_600_000L);
            }
            storeEvents(true);
            String id = start("{\"name\":\"REV idle\",\"scope\":{\"type\":\"inactive-users\",\"days\":2},"
                    + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-idle-auditor\"]},\"duration\":\"P1D\","
                    + "\"defaultDecision\":\"keep\"}").get("id").asText();
            Map<String, JsonNode> items = items(id);
            assertTrue(items.containsKey("rev-olga"), items.keySet().toString());
            assertFalse(items.containsKey("service-account-rev-idle-service"), items.keySet().toString());
            assertFalse(items.containsKey("rev-otto"), "signed in an hour ago, by the stored event: " + items.keySet());
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        } finally {
            storeEvents(false);
            organization.admin().clients().get(clientUuid).remove();
        }
    }

    private void storeEvents(boolean store) {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setEventsEnabled(store);
        organization.admin().update(realm);
    }

    @Test
    void remindedThenDefaultedAtTheDeadlineRevocationsAppliedAndEvidenceExported() throws Exception {
        enableAdminEvents();
        String solution = solution("REV Payments", "rev-approver");
        String amy = createOrganizationUser("rev-amy");
        String bob = createOrganizationUser("rev-bob");
        String cat = createOrganizationUser("rev-cat");
        String boss = createOrganizationUser("rev-boss");
        String dana = createOrganizationUser("rev-dana");
        for (String user : List.of(amy, bob, cat)) {
            assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                    + user + "\"},\"role\":\"rev-approver\"}").statusCode());
        }
        keycloakGroup("rev-reviewers", boss);
        assertTrue(allowed(token("rev-cat"), cat, solution), "cat holds the grant before the review");
        double mailsSentBefore = metric("runtime_access_mail_sent_total");

        JsonNode campaign = start("{\"name\":\"REV Q4 payments\",\"scope\":{\"type\":\"solution-grants\",\"id\":\""
                + solution + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-reviewers\",\"fallback\":"
                + "[\"rev-dana\"]},\"duration\":\"PT10S\",\"reminderBefore\":\"PT5S\",\"defaultDecision\":\"revoke\","
                + "\"autoApply\":true}");
        String id = campaign.get("id").asText();
        assertEquals(3, campaign.get("items").asInt());
        MimeMessage started = received(1).get("rev-boss@organization.example");
        assertTrue(started.getSubject().contains("REV Q4 payments"), started.getSubject());
        assertTrue(text(started).contains("has started with 3 item"), "the reviewer is told at the start: "
                + text(started));
        mail.runCleanup();
        Map<String, JsonNode> items = items(id);
        assertEquals(List.of("rev-boss"), names(items.get("rev-amy").get("reviewers")));
        assertEquals("keep", items.get("rev-amy").get("suggestion").get("action").asText(), items.toString());
        assertEquals("direct (admin)", items.get("rev-amy").get("source").asText());
        assertEquals(409, adminGet(CAMPAIGNS + "/" + id + "/evidence").statusCode(), "no evidence while open");

        assertBadRequest(adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[{\"itemId\":\""
                + itemId(items, "rev-amy") + "\",\"decision\":\"approve\"}]}"), "decisions[0].justification");
        assertTrue(absent(items(id).get("rev-amy"), "decision"), "a refused bulk changes nothing");
        HttpResponse<String> decided = adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":["
                + "{\"itemId\":\"" + itemId(items, "rev-amy") + "\",\"decision\":\"approve\",\"justification\":"
                + "\"still approves payments\"},{\"itemId\":\"" + itemId(items, "rev-bob") + "\",\"decision\":"
                + "\"delegate\",\"justification\":\"dana knows bob's team\",\"delegateTo\":\"rev-dana\"}]}");
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(2, Oidc.json(decided.body()).get("decided").asInt());

        Map<String, MimeMessage> reminders = received(2);
        String toBoss = text(reminders.get("rev-boss@organization.example"));
        assertTrue(toBoss.contains("REV Q4 payments") && toBoss.contains("1 item"), toBoss);
        assertTrue(toBoss.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC.*"), "the deadline as people read it: "
                + toBoss);
        assertTrue(text(reminders.get("rev-dana@organization.example")).contains("1 item"), "the delegate is reminded");
        assertTrue(reminders.get("rev-boss@organization.example").getSubject().contains("REV Q4 payments"));
        awaitTrue(() -> metric("runtime_access_mail_sent_total") >= mailsSentBefore + 3,
                "the mail outbox's meter counts the start's mail and both reminders");

        awaitTrue(() -> "closed".equals(Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()).get("state").asText())
                && items(id).values().stream().noneMatch(i -> absent(i, "applied")), "closed at the deadline");
        Map<String, JsonNode> closed = items(id);
        assertEquals("approve", closed.get("rev-amy").get("decision").asText());
        assertEquals("kept", closed.get("rev-amy").get("applied").asText());
        for (String revoked : List.of("rev-bob", "rev-cat")) {
            assertEquals("revoke", closed.get(revoked).get("decision").asText(), revoked);
            assertEquals("deadline-default", closed.get(revoked).get("decidedBy").asText(), revoked);
            assertEquals("revoked", closed.get(revoked).get("applied").asText(), revoked);
        }
        assertTrue(allowed(token("rev-amy"), amy, solution), "the kept grant still allows");
        assertFalse(allowed(token("rev-cat"), cat, solution), "the check API denies the revoked grant");
        assertNull(grantOf(solution, cat), "the grant row is gone");

        List<String[]> csv = csv(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=csv"));
        assertEquals(4, csv.size(), "a header and every item");
        List<String> header = List.of(csv.get(0));
        String[] catRow = csv.stream().filter(r -> r[1].equals("rev-cat")).findFirst().orElseThrow();
        assertEquals("revoke", catRow[header.indexOf("decision")]);
        assertEquals("deadline-default", catRow[header.indexOf("decidedBy")]);
        assertEquals("revoked", catRow[header.indexOf("applied")]);
        assertTrue(catRow[header.indexOf("justification")].contains("default revoke"));
        String[] amyRow = csv.stream().filter(r -> r[1].equals("rev-amy")).findFirst().orElseThrow();
        assertEquals("still approves payments", amyRow[header.indexOf("justification")]);
        assertEquals(ADMIN, amyRow[header.indexOf("decidedBy")]);
        assertEquals("rev-boss", amyRow[header.indexOf("reviewers")], "reviewers by name");
        JsonNode json = Oidc.json(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=json").body());
        assertEquals("deadline-default", json.get("campaign").get("closedBy").asText());
        assertEquals(3, json.get("items").size());
        assertBadRequest(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=pdf"), "format");

        String path = "runtime-access/reviews/" + id;
        assertEquals(List.of("started"), events("CREATE", path));
        assertEquals(List.of("reminded", "closed"), reversed(events("ACTION", path)));
        assertEquals(2, events("UPDATE", path + "/items/").size(), "one event per decision");
        assertEquals(2, events("DELETE", path + "/items/").size(), "one event per applied revocation");
        assertEquals(2, customAdminEvents("DELETE", "runtime-access/solutions/" + solution + "/grants/").size(),
                "the revocations went through the sharing API's path and its events");
        System.out.println("AccessReviewIT: campaign " + id + " closed at its deadline, evidence " + csv.size()
                + " CSV rows");
    }

    /** A disabled manager or group member cannot sign in to decide: the rule skips them, so the fallback reviews. */
    @Test
    void aDisabledReviewerIsSkippedForTheFallback() {
        String group = endUserGroup("REV Night watch");
        String gus = createOrganizationUser("rev-nw-gus");
        String boss = createOrganizationUser("rev-nw-boss");
        String aide = createOrganizationUser("rev-nw-aide");
        createOrganizationUser("rev-nw-auditor");
        setManager(gus, "rev-nw-boss");
        keycloakGroup("rev-nw-reviewers", boss);
        organization.admin().users().get(aide).joinGroup(organization.admin().groups()
                .groups("rev-nw-reviewers", 0, 10).get(0).getId());
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"rev-nw-gus\"}").statusCode());
        UserRepresentation disabled = organization.admin().users().get(boss).toRepresentation();
        disabled.setEnabled(false);
        organization.admin().users().get(boss).update(disabled);
        String byManager = start("{\"name\":\"REV night watch\",\"scope\":{\"type\":\"group-members\",\"id\":\""
                + group + "\"},\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-nw-auditor\"]}}").get("id")
                .asText();
        assertEquals(List.of("rev-nw-auditor"), names(items(byManager).get("rev-nw-gus").get("reviewers")));
        String byGroup = start("{\"name\":\"REV night watch 2\",\"scope\":{\"type\":\"group-members\",\"id\":\""
                + group + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-nw-reviewers\"}}").get("id")
                .asText();
        assertEquals(List.of("rev-nw-aide"), names(items(byGroup).get("rev-nw-gus").get("reviewers")));
    }

    @Test
    void aDeletedUsersItemsGoAndARecurringCampaignStartsAgain() {
        String group = endUserGroup("REV Night shift");
        String eve = createOrganizationUser("rev-eve");
        String fay = createOrganizationUser("rev-fay");
        createOrganizationUser("rev-auditor");
        createOrganizationUser("rev-chief");
        // written as people write names; Keycloak keeps usernames lower-cased and finds them in any case
        setManager(fay, "REV-Chief");
        for (String user : List.of("rev-eve", "rev-fay")) {
            assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"" + user + "\"}")
                    .statusCode());
        }
        JsonNode campaign = start("{\"name\":\"REV night shift\",\"scope\":{\"type\":\"group-members\",\"id\":\""
                + group + "\"},\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-auditor\"]},\"duration\":"
                + "\"P1D\",\"recurrence\":\"PT3S\"}");
        String id = campaign.get("id").asText();
        assertEquals(List.of("rev-auditor"), names(items(id).get("rev-eve").get("reviewers")),
                "eve has no manager: the fallback reviews");
        assertEquals(List.of("rev-chief"), names(items(id).get("rev-fay").get("reviewers")), "fay's manager reviews");
        organization.admin().users().get(eve).remove();
        Map<String, JsonNode> left = items(id);
        assertEquals(List.of("rev-fay"), new ArrayList<>(left.keySet()), "the deleted user's item went with them");

        HttpResponse<String> closed = adminPost(CAMPAIGNS + "/" + id + "/close", "{}");
        assertEquals(200, closed.statusCode(), closed.body());
        assertEquals(ADMIN, Oidc.json(closed.body()).get("closedBy").asText());
        assertEquals("kept", items(id).get("rev-fay").get("applied").asText(), "default keep");
        assertEquals(409, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode(), "closed once");
        assertTrue(member(group, fay), "a kept membership stays");

        awaitTrue(() -> next(id) != null, "the next round starts after the recurrence");
        JsonNode next = next(id);
        assertEquals("open", next.get("state").asText());
        assertEquals(1, next.get("items").asInt());
        assertTrue(absent(Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()), "nextStartAt"), "started once");
        // The next round is left open (its deadline is a day away): closing it would start yet another round.
        assertEquals(List.of("rev-chief"), names(items(next.get("id").asText()).get("rev-fay").get("reviewers")));
    }

    /** A group name may take 255 characters: its item ("group:" and the name) is cut for display, not refused. */
    @Test
    void aGrantToAGroupWithTheLongestNameIsReviewed() {
        String name = "REV Long desk " + "x".repeat(241);
        String solution = solution("REV Long", "rev-long-role");
        String group = endUserGroup(name);
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + group + "\"},\"role\":\"rev-long-role\"}").statusCode());
        String reviewer = createOrganizationUser("rev-long-reviewer");
        keycloakGroup("rev-long-reviewers", reviewer);
        String id = start("{\"name\":\"REV long\",\"scope\":{\"type\":\"solution-grants\",\"id\":\"" + solution
                + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-long-reviewers\"}}").get("id").asText();
        Map<String, JsonNode> items = items(id);
        assertEquals(1, items.size(), items.toString());
        String username = items.keySet().iterator().next();
        assertEquals(255, username.length(), username);
        assertTrue(username.startsWith("group:REV Long desk xxx") && username.endsWith("\u2026"), username);
    }

    @Test
    void aGroupsMembersNeverReviewItsGrantAndTheEvidenceDisarmsFormulas() throws Exception {
        String solution = solution("REV Treasury", "rev-treasurer");
        String group = endUserGroup("REV Treasury desk");
        String mia = createOrganizationUser("rev-mia");
        String ned = createOrganizationUser("rev-ned");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"rev-mia\"}").statusCode());
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + group + "\"},\"role\":\"rev-treasurer\"}").statusCode());
        keycloakGroup("rev-treasury-reviewers", mia);
        String reviewers = organization.admin().groups().groups("rev-treasury-reviewers", 0, 10).get(0).getId();
        organization.admin().users().get(ned).joinGroup(reviewers);
        String id = start("{\"name\":\"REV treasury\",\"scope\":{\"type\":\"solution-grants\",\"id\":\"" + solution
                + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-treasury-reviewers\"}}").get("id").asText();
        JsonNode item = items(id).get("group:REV Treasury desk");
        assertEquals(List.of("rev-ned"), names(item.get("reviewers")), "mia holds the grant through the group");
        assertRefused(adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[{\"itemId\":\""
                + item.get("id").asText() + "\",\"decision\":\"delegate\",\"justification\":\"her desk\","
                + "\"delegateTo\":\"rev-mia\"}]}"), 400, "decisions[0].delegateTo");
        assertEquals(List.of("rev-ned"), names(items(id).get("group:REV Treasury desk").get("reviewers")),
                "nor is the grant delegated to her");
        // ned joins the desk after the start: from then on the grant is his too, and he does not decide it
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"rev-ned\"}").statusCode());
        assertReviewerRefused(reviewer(token("rev-ned"), "POST", "decisions", decision(item.get("id").asText(),
                "approve", null)), 403, "decisions[0].itemId", "own_access");
        assertTrue(absent(items(id).get("group:REV Treasury desk"), "decision"), "nothing was recorded");

        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[{\"itemId\":\""
                + item.get("id").asText() + "\",\"decision\":\"approve\",\"justification\":\"=HYPERLINK(\\\"http://x\\\")\"}]}")
                .statusCode());
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        List<String[]> csv = csv(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=csv"));
        int justification = List.of(csv.get(0)).indexOf("justification");
        assertEquals("'=HYPERLINK(\"http://x\")", csv.get(1)[justification], "a spreadsheet shows it as text");
        assertTrue(Oidc.json(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=json").body()).toString()
                .contains("\"=HYPERLINK"), "the JSON keeps the value as it was written");
    }

    @Test
    void aRecurringCampaignWhoseReviewerGroupIsGoneStopsRecurring() {
        String group = endUserGroup("REV Weekend shift");
        String gil = createOrganizationUser("rev-wk-gil");
        String hal = createOrganizationUser("rev-wk-hal");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"rev-wk-gil\"}").statusCode());
        keycloakGroup("rev-weekend-reviewers", hal);
        String id = start("{\"name\":\"REV weekend\",\"scope\":{\"type\":\"group-members\",\"id\":\"" + group
                + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-weekend-reviewers\"},\"duration\":\"P1D\","
                + "\"recurrence\":\"PT5S\"}").get("id").asText();
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        assertFalse(absent(Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()), "nextStartAt"), "due to recur");
        String reviewers = organization.admin().groups().groups("rev-weekend-reviewers", 0, 10).get(0).getId();
        organization.admin().groups().group(reviewers).remove();

        awaitTrue(() -> absent(Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()), "nextStartAt"),
                "the next round cannot start without its reviewer group, so the campaign stops recurring");
        assertEquals(null, next(id), "no next round");
        assertTrue(member(group, gil), "the kept membership stays");
    }

    @Test
    void badCampaignsAreRefusedNamingTheFieldAndCreateNothing() {
        int before = Oidc.json(adminGet(CAMPAIGNS + "?max=1000").body()).size();
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"everything\"},"
                + "\"reviewers\":{\"type\":\"manager\"}}"), "scope.type");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"solution-grants\",\"id\":"
                + "\"nope\"},\"reviewers\":{\"type\":\"manager\"}}"), "scope.id");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-nobody\"}}"), "reviewers.group");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-ghost\"]}}"), "reviewers.fallback");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"inactive-users\",\"days\":"
                + "\"ninety\"},\"reviewers\":{\"type\":\"manager\"}}"), "scope.days");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\"},\"duration\":\"PT10S\",\"reminderBefore\":\"PT1M\"}"),
                "reminderBefore");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"owners\"}}"), "reviewers.type");
        assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\"},\"recurrence\":\"P999999999Y\"}"), "recurrence");
        managerAttributeUsersEditIsRefused();
        assertEquals(before, Oidc.json(adminGet(CAMPAIGNS + "?max=1000").body()).size(), "nothing was created");
        assertEquals(404, adminGet(CAMPAIGNS + "/" + "x".repeat(2000)).statusCode());
    }

    /** Users who can edit their own manager attribute (unmanaged attributes Enabled) could name their reviewer. */
    private void managerAttributeUsersEditIsRefused() {
        UPConfig profile = organization.admin().users().userProfile().getConfiguration();
        UPConfig.UnmanagedAttributePolicy policy = profile.getUnmanagedAttributePolicy();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        organization.admin().users().userProfile().update(profile);
        try {
            assertBadRequest(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                    + "\"reviewers\":{\"type\":\"manager\"}}"), "reviewers.attribute");
        } finally {
            profile.setUnmanagedAttributePolicy(policy);
            organization.admin().users().userProfile().update(profile);
        }
    }
}
