package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;

/**
 * Access-review campaigns on a real Keycloak: reviewers are reminded by email before a short deadline (GreenMail on
 * localhost:3025, started here because the shared realm is imported once for every class), undecided and delegated
 * items get the campaign's default decision at the deadline, revocations are applied at close through the admin
 * API's code paths (the check API then denies), the closed campaign's evidence is exported in CSV and JSON, a
 * deleted user's items go with the user, and a recurring campaign starts again. The sweep runs every second here.
 * Every name starts with "rev"; the realm's SMTP settings are put back.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class AccessReviewIT extends AbstractSharingIT {

    private static final String CAMPAIGNS = "reviews/campaigns";
    /** The test framework's admin, who makes the admin API calls here. */
    private static final String ADMIN = "service-account-temp-admin";

    private MailServer mail;
    private RealmRepresentation before;

    @BeforeEach
    void mailServer() {
        mail = new MailServer("localhost", 3025);
        before = organization.admin().toRepresentation();
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(Map.of("host", "localhost", "port", "3025", "from", "access@organization.example"));
        organization.admin().update(realm);
    }

    @AfterEach
    void putBack() {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setSmtpServer(before.getSmtpServer() == null ? Map.of() : before.getSmtpServer());
        organization.admin().update(realm);
        mail.stop();
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
        Map<String, JsonNode> items = items(id);
        assertEquals(List.of("rev-boss"), names(items.get("rev-amy").get("reviewers")));
        assertEquals("keep", items.get("rev-amy").get("suggestion").get("action").asText(), items.toString());
        assertEquals("direct (admin)", items.get("rev-amy").get("source").asText());
        assertEquals(409, adminGet(CAMPAIGNS + "/" + id + "/evidence").statusCode(), "no evidence while open");

        assertRefused(adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":[{\"itemId\":\""
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
        assertTrue(text(reminders.get("rev-dana@organization.example")).contains("1 item"), "the delegate is reminded");
        assertTrue(reminders.get("rev-boss@organization.example").getSubject().contains("REV Q4 payments"));
        awaitTrue(() -> metric("runtime_access_mail_sent_total") >= mailsSentBefore + 2,
                "the mail outbox's meter counts both reminders");

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
        JsonNode json = Oidc.json(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=json").body());
        assertEquals("deadline-default", json.get("campaign").get("closedBy").asText());
        assertEquals(3, json.get("items").size());
        assertRefused(adminGet(CAMPAIGNS + "/" + id + "/evidence?format=pdf"), "format");

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

    @Test
    void aDeletedUsersItemsGoAndARecurringCampaignStartsAgain() {
        String group = Oidc.json(adminPost("groups", "{\"name\":\"REV Night shift\"}").body()).get("id").asText();
        String eve = createOrganizationUser("rev-eve");
        String fay = createOrganizationUser("rev-fay");
        createOrganizationUser("rev-auditor");
        for (String user : List.of("rev-eve", "rev-fay")) {
            assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"" + user + "\"}")
                    .statusCode());
        }
        JsonNode campaign = start("{\"name\":\"REV night shift\",\"scope\":{\"type\":\"group-members\",\"id\":\""
                + group + "\"},\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-auditor\"]},\"duration\":"
                + "\"P1D\",\"recurrence\":\"PT3S\"}");
        String id = campaign.get("id").asText();
        assertEquals(List.of("rev-auditor"), names(items(id).get("rev-eve").get("reviewers")),
                "nobody has a manager: the fallback reviews");
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
        assertEquals(List.of("rev-auditor"), names(items(next.get("id").asText()).get("rev-fay").get("reviewers")));
    }

    /**
     * A privileged role held through a Keycloak group (mapped on the parent of the group the user is a member of) and
     * one held through a composite of a composite are reviewed with their paths, and revoking them removes the
     * membership and the composite's mapping: the users no longer hold the roles.
     */
    @Test
    void privilegedRolesHeldThroughAGroupOrACompositeAreReviewedAndRevoked() {
        String gina = createOrganizationUser("rev-gina");
        String hal = createOrganizationUser("rev-hal");
        String ivy = createOrganizationUser("rev-ivy");
        createOrganizationUser("rev-role-auditor");
        ClientRepresentation management = organization.admin().clients().findByClientId("realm-management").get(0);
        RoleRepresentation manageUsers = organization.admin().clients().get(management.getId()).roles()
                .get("manage-users").toRepresentation();
        RoleRepresentation manageRealm = organization.admin().clients().get(management.getId()).roles()
                .get("manage-realm").toRepresentation();
        String finance = topGroup("REV Finance");
        String approvers = subGroup(finance, "Approvers");
        organization.admin().groups().group(finance).roles().clientLevel(management.getId())
                .add(List.of(manageUsers));
        organization.admin().users().get(gina).joinGroup(approvers);
        organization.admin().users().get(ivy).joinGroup(approvers);
        organization.admin().roles().create(new RoleRepresentation("rev-ops-base", null, false));
        organization.admin().roles().create(new RoleRepresentation("rev-finance-ops", null, false));
        organization.admin().rolesById().addComposites(organization.admin().roles().get("rev-ops-base")
                .toRepresentation().getId(), List.of(manageRealm));
        organization.admin().rolesById().addComposites(organization.admin().roles().get("rev-finance-ops")
                .toRepresentation().getId(), List.of(organization.admin().roles().get("rev-ops-base")
                .toRepresentation()));
        organization.admin().users().get(hal).roles().realmLevel()
                .add(List.of(organization.admin().roles().get("rev-finance-ops").toRepresentation()));
        assertTrue(holds(gina, management.getId(), "manage-users") && holds(hal, management.getId(), "manage-realm"));

        String id = start("{\"name\":\"REV privileged\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-role-auditor\"]},\"duration\":\"P1D\"}")
                .get("id").asText();
        Map<String, JsonNode> items = items(id);
        JsonNode ginas = items.get("rev-gina");
        assertEquals("group-role", ginas.get("type").asText(), items.toString());
        assertEquals("client-role:realm-management:manage-users", ginas.get("access").asText());
        assertEquals("group:/REV Finance/Approvers", ginas.get("source").asText());
        assertTrue(ginas.get("label").asText().contains("revoking removes the user from this group"), ginas.toString());
        JsonNode hals = items.get("rev-hal");
        assertEquals("composite-role", hals.get("type").asText(), items.toString());
        assertEquals("client-role:realm-management:manage-realm", hals.get("access").asText());
        assertEquals("composite:rev-finance-ops", hals.get("source").asText());
        assertTrue(hals.get("label").asText().contains("mapping of rev-finance-ops"), hals.toString());

        HttpResponse<String> decided = adminPost(CAMPAIGNS + "/" + id + "/decisions", "{\"decisions\":["
                + revoke(items, "rev-gina") + "," + revoke(items, "rev-hal") + "," + revoke(items, "rev-ivy") + "]}");
        assertEquals(200, decided.statusCode(), decided.body());
        organization.admin().users().get(ivy).leaveGroup(approvers);
        HttpResponse<String> closed = adminPost(CAMPAIGNS + "/" + id + "/close", "{}");
        assertEquals(200, closed.statusCode(), closed.body());
        Map<String, JsonNode> applied = items(id);
        assertEquals("revoked", applied.get("rev-gina").get("applied").asText());
        assertEquals("revoked", applied.get("rev-hal").get("applied").asText());
        assertEquals("already-gone", applied.get("rev-ivy").get("applied").asText(), "ivy left the group herself");
        assertFalse(holds(gina, management.getId(), "manage-users"), "gina left the group that gave the role");
        assertTrue(organization.admin().users().get(gina).groups().isEmpty());
        assertFalse(holds(hal, management.getId(), "manage-realm"), "hal's composite mapping went");
        assertTrue(organization.admin().users().get(hal).roles().realmLevel().listAll().stream()
                .noneMatch(role -> role.getName().equals("rev-finance-ops")));
        organization.admin().groups().group(finance).remove();
        organization.admin().roles().deleteRole("rev-finance-ops");
        organization.admin().roles().deleteRole("rev-ops-base");
    }

    private boolean holds(String userId, String clientUuid, String role) {
        return organization.admin().users().get(userId).roles().clientLevel(clientUuid).listEffective().stream()
                .anyMatch(r -> r.getName().equals(role));
    }

    private static String revoke(Map<String, JsonNode> items, String username) {
        return "{\"itemId\":\"" + itemId(items, username) + "\",\"decision\":\"revoke\",\"justification\":"
                + "\"no longer needs it\"}";
    }

    private String topGroup(String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().add(group)) {
            assertEquals(201, response.getStatus());
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    private String subGroup(String parentId, String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().group(parentId).subGroup(group)) {
            assertEquals(201, response.getStatus());
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    @Test
    void reviewersDecideWithTheirOwnTokenOnlyWhatTheyReview() {
        enableAdminEvents();
        String solution = solution("REV Ledger", "rev-ledger");
        String gil = createOrganizationUser("rev-gil");
        String hal = createOrganizationUser("rev-hal");
        String ivy = createOrganizationUser("rev-ivy");
        String kim = createOrganizationUser("rev-kim");
        createOrganizationUser("rev-jon");
        createOrganizationUser("rev-lee");
        for (String user : List.of(gil, hal, ivy)) {
            assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                    + user + "\"},\"role\":\"rev-ledger\"}").statusCode());
        }
        keycloakGroup("rev-ledger-reviewers", ivy);
        String id = start("{\"name\":\"REV ledger\",\"scope\":{\"type\":\"solution-grants\",\"id\":\"" + solution
                + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-ledger-reviewers\",\"fallback\":"
                + "[\"rev-lee\"]},\"duration\":\"P1D\",\"defaultDecision\":\"keep\"}").get("id").asText();
        Map<String, JsonNode> items = items(id);
        assertEquals(List.of("rev-lee"), names(items.get("rev-ivy").get("reviewers")), "ivy never reviews herself");
        String gilItem = itemId(items, "rev-gil");
        String halItem = itemId(items, "rev-hal");
        String ivyItem = itemId(items, "rev-ivy");

        String ivyToken = token("rev-ivy");
        Map<String, JsonNode> waiting = waiting(ivyToken, id);
        assertEquals(List.of("rev-gil", "rev-hal"), waiting.keySet().stream().sorted().toList(), "ivy's items");
        JsonNode shown = waiting.get("rev-gil");
        assertEquals("REV ledger", shown.get("campaignName").asText());
        assertFalse(absent(shown, "deadline"));
        assertEquals("grant:" + solution + ":rev-ledger", shown.get("access").asText());
        assertEquals("direct (admin)", shown.get("source").asText());
        assertEquals("keep", shown.get("suggestion").get("action").asText());
        assertEquals(401, reviewer(null, "GET", "", null).statusCode(), "no token");
        String jonToken = token("rev-jon");
        assertTrue(waiting(jonToken, id).isEmpty(), "jon reviews nothing");

        assertReviewerRefused(reviewer(jonToken, "POST", "decisions", decision(gilItem, "approve", null)), 403,
                "decisions[0].itemId", "not_a_reviewer");
        assertReviewerRefused(reviewer(ivyToken, "POST", "decisions", "{\"decisions\":[" + one(gilItem, "approve",
                null) + "," + one(ivyItem, "approve", null) + "]}"), 403, "decisions[1].itemId", "own_access");
        assertReviewerRefused(reviewer(ivyToken, "POST", "decisions", "{\"decisions\":[" + one(gilItem, "approve",
                null) + "," + one("no-such-item", "approve", null) + "]}"), 404, "decisions[1].itemId", null);
        assertReviewerRefused(reviewer(ivyToken, "POST", "decisions", "{\"decisions\":[{\"itemId\":\"" + gilItem
                + "\",\"decision\":\"approve\"}]}"), 400, "decisions[0].justification", null);
        assertReviewerRefused(reviewer(ivyToken, "POST", "decisions", decision(halItem, "delegate", "rev-hal")), 400,
                "decisions[0].delegateTo", null);
        assertTrue(items(id).values().stream().allMatch(i -> absent(i, "decision")), "refused bulks change nothing");
        assertTrue(events("UPDATE", "runtime-access/reviews/" + id + "/items/").isEmpty());

        HttpResponse<String> decided = reviewer(ivyToken, "POST", "decisions", "{\"decisions\":[" + one(gilItem,
                "approve", null) + "," + one(halItem, "delegate", "rev-kim") + "]}");
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(2, Oidc.json(decided.body()).get("decided").asInt());
        Map<String, JsonNode> afterIvy = waiting(ivyToken, id);
        assertEquals(List.of("rev-gil"), new ArrayList<>(afterIvy.keySet()), "the delegated item left ivy's list");
        assertEquals("approve", afterIvy.get("rev-gil").get("decision").asText(), "decided, still changeable");

        String kimToken = token("rev-kim");
        Map<String, JsonNode> kims = waiting(kimToken, id);
        assertEquals(List.of("rev-hal"), new ArrayList<>(kims.keySet()), "the delegate sees the item");
        assertEquals("delegate", kims.get("rev-hal").get("decision").asText());
        assertReviewerRefused(reviewer(ivyToken, "POST", "decisions", decision(halItem, "revoke", null)), 403,
                "decisions[0].itemId", "not_a_reviewer");
        HttpResponse<String> revoked = reviewer(kimToken, "POST", "decisions", decision(halItem, "revoke", null));
        assertEquals(200, revoked.statusCode(), revoked.body());

        Map<String, JsonNode> recorded = items(id);
        assertEquals("approve", recorded.get("rev-gil").get("decision").asText());
        assertEquals("rev-ivy", recorded.get("rev-gil").get("decidedBy").asText());
        assertEquals("revoke", recorded.get("rev-hal").get("decision").asText());
        assertEquals("rev-kim", recorded.get("rev-hal").get("decidedBy").asText());
        assertEquals(List.of("rev-kim"), names(recorded.get("rev-hal").get("reviewers")));
        assertTrue(absent(recorded.get("rev-ivy"), "decision"));
        List<AdminEventRepresentation> trail = customAdminEvents("UPDATE", "runtime-access/reviews/" + id + "/items/");
        assertEquals(3, trail.size(), "one event per decision");
        assertEquals(List.of(kim, ivy, ivy), trail.stream().map(e -> e.getAuthDetails().getUserId()).toList(),
                "each decision names the reviewer who made it");

        // The admin API stays the override: an admin decides an item they do not review, then closes.
        HttpResponse<String> overridden = adminPost(CAMPAIGNS + "/" + id + "/decisions", decision(ivyItem, "approve",
                null));
        assertEquals(200, overridden.statusCode(), overridden.body());
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        assertTrue(waiting(kimToken, id).isEmpty(), "a closed campaign waits for nobody");
        assertReviewerRefused(reviewer(kimToken, "POST", "decisions", decision(halItem, "approve", null)), 409,
                "decisions[0].itemId", null);
    }

    /**
     * Reviewers of type owner: a solution's owners review its grants (an owner's own grant goes to the other owner),
     * an end-user group's owners review its memberships, and an ownerless group's memberships go to the fallback.
     */
    @Test
    void ownersReviewTheirSolutionsAndGroupsAndOwnerlessItemsGoToTheFallback() {
        String solution = solution("REV Ledger", "rev-clerk");
        String gus = createOrganizationUser("rev-gus");
        String owen = createOrganizationUser("rev-owen");
        String olive = createOrganizationUser("rev-olive");
        createOrganizationUser("rev-backstop");
        for (String user : List.of(gus, owen)) {
            assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                    + user + "\"},\"role\":\"rev-clerk\"}").statusCode());
        }
        assertEquals(200, adminPut("solutions/" + solution + "/owners", "{\"userIds\":[\"" + owen + "\",\"" + olive
                + "\"]}").statusCode());
        String owned = Oidc.json(adminPost("groups", "{\"name\":\"REV Owned desk\"}").body()).get("id").asText();
        String ownerless = Oidc.json(adminPost("groups", "{\"name\":\"REV Ownerless desk\"}").body()).get("id").asText();
        for (String group : List.of(owned, ownerless)) {
            assertEquals(201, adminPost("groups/" + group + "/members", "{\"userId\":\"" + gus + "\"}").statusCode());
        }
        assertEquals(201, adminPost("groups/" + owned + "/owners", "{\"username\":\"rev-olive\"}").statusCode());
        String reviewers = "\"reviewers\":{\"type\":\"owner\",\"fallback\":[\"rev-backstop\"]},\"duration\":\"P1D\"}";

        JsonNode grants = start("{\"name\":\"REV ledger owners\",\"scope\":{\"type\":\"solution-grants\",\"id\":\""
                + solution + "\"}," + reviewers);
        String grantsId = grants.get("id").asText();
        assertEquals("owner", Oidc.json(adminGet(CAMPAIGNS + "/" + grantsId).body()).get("reviewers").get("type")
                .asText());
        Map<String, JsonNode> items = items(grantsId);
        assertEquals(java.util.Set.of("rev-owen", "rev-olive"),
                new java.util.HashSet<>(names(items.get("rev-gus").get("reviewers"))), "the solution's owners review");
        assertEquals(List.of("rev-olive"), names(items.get("rev-owen").get("reviewers")),
                "an owner does not review their own grant");

        JsonNode ownedCampaign = start("{\"name\":\"REV owned desk\",\"scope\":{\"type\":\"group-members\",\"id\":\""
                + owned + "\"}," + reviewers);
        assertEquals(List.of("rev-olive"), names(items(ownedCampaign.get("id").asText()).get("rev-gus")
                .get("reviewers")), "the group's owner reviews its memberships");
        JsonNode ownerlessCampaign = start("{\"name\":\"REV ownerless desk\",\"scope\":{\"type\":\"group-members\","
                + "\"id\":\"" + ownerless + "\"}," + reviewers);
        assertEquals(List.of("rev-backstop"), names(items(ownerlessCampaign.get("id").asText()).get("rev-gus")
                .get("reviewers")), "a group without owners: the fallback reviews");
        for (String id : List.of(grantsId, ownedCampaign.get("id").asText(), ownerlessCampaign.get("id").asText())) {
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        }
    }

    @Test
    void badCampaignsAreRefusedNamingTheFieldAndCreateNothing() {
        int before = Oidc.json(adminGet(CAMPAIGNS + "?max=1000").body()).size();
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"everything\"},"
                + "\"reviewers\":{\"type\":\"manager\"}}"), "scope.type");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"solution-grants\",\"id\":"
                + "\"nope\"},\"reviewers\":{\"type\":\"manager\"}}"), "scope.id");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"group\",\"group\":\"/rev-nobody\"}}"), "reviewers.group");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\",\"fallback\":[\"rev-ghost\"]}}"), "reviewers.fallback");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"inactive-users\",\"days\":"
                + "\"ninety\"},\"reviewers\":{\"type\":\"manager\"}}"), "scope.days");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"manager\"},\"duration\":\"PT10S\",\"reminderBefore\":\"PT1M\"}"),
                "reminderBefore");
        assertRefused(adminPost(CAMPAIGNS, "{\"name\":\"REV bad\",\"scope\":{\"type\":\"privileged-roles\"},"
                + "\"reviewers\":{\"type\":\"owners\"}}"), "reviewers.type");
        assertEquals(before, Oidc.json(adminGet(CAMPAIGNS + "?max=1000").body()).size(), "nothing was created");
        assertEquals(404, adminGet(CAMPAIGNS + "/" + "x".repeat(2000)).statusCode());
    }

    /** A call to the reviewers' API with a reviewer's own token. */
    private HttpResponse<String> reviewer(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/reviews"
                + (path.isEmpty() || path.startsWith("?") ? path : "/" + path))).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    /** The items of campaign {@code campaignId} waiting for the token's user, by reviewed username. */
    private Map<String, JsonNode> waiting(String token, String campaignId) {
        HttpResponse<String> answer = reviewer(token, "GET", "?max=100", null);
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, JsonNode> byUser = new HashMap<>();
        for (JsonNode item : Oidc.json(answer.body())) {
            if (item.get("campaignId").asText().equals(campaignId)) {
                byUser.put(item.get("username").asText(), item);
            }
        }
        return byUser;
    }

    private static String decision(String itemId, String decision, String delegateTo) {
        return "{\"decisions\":[" + one(itemId, decision, delegateTo) + "]}";
    }

    private static String one(String itemId, String decision, String delegateTo) {
        return "{\"itemId\":\"" + itemId + "\",\"decision\":\"" + decision + "\",\"justification\":\"reviewed "
                + decision + "\"" + (delegateTo == null ? "" : ",\"delegateTo\":\"" + delegateTo + "\"") + "}";
    }

    private static void assertReviewerRefused(HttpResponse<String> answer, int status, String field, String error) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonNode body = Oidc.json(answer.body());
        assertEquals(field, body.get("field").asText(), answer.body());
        if (error != null) {
            assertEquals(error, body.get("error").asText(), answer.body());
        }
    }

    private JsonNode start(String body) {
        HttpResponse<String> created = adminPost(CAMPAIGNS, body);
        assertEquals(201, created.statusCode(), created.body());
        return Oidc.json(created.body());
    }

    /** The campaign's items by username. */
    private Map<String, JsonNode> items(String campaignId) {
        Map<String, JsonNode> byUser = new HashMap<>();
        for (JsonNode item : Oidc.json(adminGet(CAMPAIGNS + "/" + campaignId + "/items").body())) {
            byUser.put(item.get("username").asText(), item);
        }
        return byUser;
    }

    /** The admin API leaves out fields without a value. */
    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static String itemId(Map<String, JsonNode> items, String username) {
        return items.get(username).get("id").asText();
    }

    private JsonNode next(String previousId) {
        for (JsonNode campaign : Oidc.json(adminGet(CAMPAIGNS).body())) {
            if (previousId.equals(campaign.path("previousId").textValue())) {
                return campaign;
            }
        }
        return null;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private List<String> events(String operation, String pathPrefix) {
        return customAdminEvents(operation, pathPrefix).stream().map(AdminEventRepresentation::getRepresentation)
                .map(rep -> Oidc.json(rep).get("event").asText()).collect(Collectors.toList());
    }

    private static List<String> reversed(List<String> newestFirst) {
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static void assertRefused(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(field, Oidc.json(answer.body()).get("field").asText(), answer.body());
    }

    private void keycloakGroup(String name, String memberId) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().add(group)) {
            assertEquals(201, response.getStatus());
        }
        String groupId = organization.admin().groups().groups(name, 0, 10).stream()
                .filter(g -> g.getName().equals(name)).findFirst().orElseThrow().getId();
        organization.admin().users().get(memberId).joinGroup(groupId);
    }

    private String solution(String name, String role) {
        int status = adminPost("roles", "{\"name\":\"" + role + "\"}").statusCode();
        assertTrue(status == 201 || status == 409, "role " + role + ": " + status);
        String solution = Oidc.json(adminPost("solutions", "{\"name\":\"" + name + "\"}").body()).get("id").asText();
        HttpResponse<String> build = adminPost("solutions/" + solution + "/builds", "{\"name\":\"2\",\"roles\":"
                + "[\"user\",\"" + role + "\"],\"resources\":[]}");
        assertEquals(201, build.statusCode(), build.body());
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\""
                + Oidc.json(build.body()).get("id").asText() + "\"}").statusCode());
        return solution;
    }

    private String token(String username) {
        return org.passwordLogin(username, username).get("access_token").asText();
    }

    private boolean allowed(String token, String userId, String solution) {
        HttpResponse<String> answer = send(evaluation(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + userId
                + "\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}"));
        assertEquals(200, answer.statusCode(), answer.body());
        return Oidc.json(answer.body()).get("decision").asBoolean();
    }

    private JsonNode grantOf(String solution, String userId) {
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if (grant.get("principal").get("id").asText().equals(userId)) {
                return grant;
            }
        }
        return null;
    }

    private boolean member(String group, String userId) {
        for (JsonNode member : Oidc.json(adminGet("groups/" + group + "/members").body())) {
            if (member.get("userId").asText().equals(userId)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> csv(HttpResponse<String> answer) throws Exception {
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(new java.io.StringReader(answer.body()))) {
            return reader.readAll();
        }
    }

    private Map<String, MimeMessage> received(int count) throws Exception {
        assertTrue(mail.waitForIncomingEmail(30_000, count), "expected " + count + " mails, got "
                + mail.getReceivedMessages().length);
        Thread.sleep(300);
        MimeMessage[] messages = mail.getReceivedMessages();
        assertEquals(count, messages.length, "exactly " + count + " mails");
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage message : messages) {
            byRecipient.put(message.getAllRecipients()[0].toString(), message);
        }
        return byRecipient;
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = text(body);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
