package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Who reviews and who decides, on a real Keycloak: reviewers decide with their own token only the items they review
 * (never their own access; a delegate takes the item over; admins keep an override), and campaigns reviewed by the
 * owners of solutions and end-user groups, with the fallback for what has no owner.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ReviewerDecisionIT extends AbstractReviewIT {


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
        HttpResponse<String> toHal = reviewer(ivyToken, "POST", "decisions", decision(halItem, "delegate", "rev-hal"));
        assertReviewerRefused(toHal, 400, "decisions[0].delegateTo", null);
        UserRepresentation off = organization.admin().users().get(createOrganizationUser("rev-off")).toRepresentation();
        off.setEnabled(false);
        organization.admin().users().get(off.getId()).update(off);
        serviceAccountToken("rev-robot", false, false);
        for (String probe : List.of("rev-nobody", "rev-off", "service-account-rev-robot")) {
            HttpResponse<String> refused = reviewer(ivyToken, "POST", "decisions", decision(halItem, "delegate", probe));
            assertEquals(toHal.body(), refused.body(), "a reviewer cannot tell why " + probe + " was refused");
        }
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
     * The admin override decides others' access, not the admin's own; and a delegate is a person who can decide: a
     * service account or a disabled user is a 400 naming the delegate. Refusals record nothing.
     */
    @Test
    void anAdminDecidesNoOwnAccessAndDelegatesOnlyToAnEnabledPerson() {
        checkerServiceAccountToken();
        String adaToken = organizationAdminToken("rev-ada", "manage-users", "view-users");
        String ada = organization.admin().users().searchByUsername("rev-ada", true).get(0).getId();
        String cal = createOrganizationUser("rev-cal");
        String id = oneGrantCampaign("REV own", "rev-own", ada, createOrganizationUser("rev-bo"));
        String adaItem = itemId(items(id), "rev-ada");
        assertReviewerRefused(adminCall("POST", CAMPAIGNS + "/" + id + "/decisions", adaToken,
                decision(adaItem, "approve", null)), 403, "decisions[0].itemId", "own_access");
        UserRepresentation disabled = organization.admin().users().get(cal).toRepresentation();
        disabled.setEnabled(false);
        organization.admin().users().get(cal).update(disabled);
        assertRefused(adminPost(CAMPAIGNS + "/" + id + "/decisions", decision(adaItem, "delegate", "rev-cal")), 400,
                "decisions[0].delegateTo");
        assertRefused(adminPost(CAMPAIGNS + "/" + id + "/decisions", decision(adaItem, "delegate",
                "service-account-checker")), 400, "decisions[0].delegateTo");
        assertTrue(absent(items(id).get("rev-ada"), "decision"), "refusals record nothing");
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", decision(adaItem, "approve", null))
                .statusCode(), "another admin decides it");
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
    }

    /**
     * Past its deadline a campaign is its default's, even before the sweep has closed it: a reviewer's decision is a
     * 409, and its items are no longer listed. The deadline is moved into the past in the database by a transaction
     * that holds the campaign's row until the decision waits for it: the decision is then first in line when that
     * commits, before any sweep (one second here) can close the campaign, so it meets the deadline, not a close.
     */
    @Test
    void aReviewerDecidesNothingOnceTheDeadlinePassed() throws Exception {
        String id = oneGrantCampaign("REV late", "rev-late", createOrganizationUser("rev-mo"),
                createOrganizationUser("rev-nia"));
        String moItem = itemId(items(id), "rev-mo");
        String niaToken = token("rev-nia");
        HttpResponse<String> late;
        try (Connection held = TestDatabase.holdingRow("RA_REV_CAMPAIGN", "ID", id)) {
            assumeTrue(held != null, "needs a database the test can reach (not the embedded H2)");
            try (PreparedStatement past = held.prepareStatement("update RA_REV_CAMPAIGN set DEADLINE = ? where ID = ?")) {
                past.setLong(1, System.currentTimeMillis() - 1_000);
                past.setString(2, id);
                assertEquals(1, past.executeUpdate());
            }
            CompletableFuture<HttpResponse<String>> decision = CompletableFuture.supplyAsync(() ->
                    reviewer(niaToken, "POST", "decisions", decision(moItem, "revoke", null)));
            TestDatabase.awaitLockWaiter();
            held.commit();
            late = decision.get();
        }
        assertReviewerRefused(late, 409, "decisions[0].itemId", null);
        assertTrue(late.body().contains("past its deadline"), late.body());
        assertTrue(waiting(niaToken, id).isEmpty(), "a campaign past its deadline waits for nobody");
        awaitTrue(() -> "closed".equals(Oidc.json(adminGet(CAMPAIGNS + "/" + id).body()).get("state").asText()),
                "the sweep closes the campaign");
        assertEquals("deadline-default", items(id).get("rev-mo").get("decidedBy").asText(), "the default decided");
    }

    /**
     * A close that stopped before applying every revocation (its node went down) is finished by the sweep. The stop
     * is made in the database: after a close, the revoked item is marked unapplied again and the close dated back
     * twenty minutes; the sweep (one second here) applies it, and finds the grant gone already.
     */
    @Test
    void theSweepFinishesTheRevocationsOfACloseThatStopped() throws SQLException {
        String id = oneGrantCampaign("REV resume", "rev-resume", createOrganizationUser("rev-pia"),
                createOrganizationUser("rev-quin"));
        String piaItem = itemId(items(id), "rev-pia");
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/decisions", decision(piaItem, "revoke", null))
                .statusCode());
        assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        assertEquals("revoked", items(id).get("rev-pia").get("applied").asText());
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            try (PreparedStatement unapplied = db.prepareStatement(
                    "update RA_REV_ITEM set APPLIED = NULL, APPLIED_AT = NULL where ID = ?")) {
                unapplied.setString(1, piaItem);
                assertEquals(1, unapplied.executeUpdate());
            }
            try (PreparedStatement earlier = db.prepareStatement(
                    "update RA_REV_CAMPAIGN set CLOSED_AT = ? where ID = ?")) {
                earlier.setLong(1, System.currentTimeMillis() - 20 * 60_000L);
                earlier.setString(2, id);
                assertEquals(1, earlier.executeUpdate());
            }
        }
        awaitTrue(() -> !absent(items(id).get("rev-pia"), "applied"), "the sweep applies the revocation left over");
        assertEquals("already-gone", items(id).get("rev-pia").get("applied").asText());
    }

    /**
     * A campaign (default keep, one day) over a new solution's grant of {@code role} to one user, reviewed by the
     * members of a new Keycloak group {@code {role}-reviewers}: the reviewer.
     */
    private String oneGrantCampaign(String name, String role, String holderId, String reviewerId) {
        String solution = solution(name, role);
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                + holderId + "\"},\"role\":\"" + role + "\"}").statusCode());
        keycloakGroup(role + "-reviewers", reviewerId);
        return start("{\"name\":\"" + name + "\",\"scope\":{\"type\":\"solution-grants\",\"id\":\"" + solution
                + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/" + role + "-reviewers\"},\"duration\":\"P1D\"}")
                .get("id").asText();
    }

    /**
     * Reviewers of type owner: a solution's owners review its grants (an owner's own grant goes to the other owner),
     * an end-user group's owners review its memberships, and an ownerless group's memberships go to the fallback.
     */
    @Test
    void ownersReviewTheirSolutionsAndGroupsAndOwnerlessItemsGoToTheFallback() {
        String solution = solution("REV Owned ledger", "rev-clerk");
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
        String owned = endUserGroup("REV Owned desk");
        String ownerless = endUserGroup("REV Ownerless desk");
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
        UserRepresentation off = organization.admin().users().get(olive).toRepresentation();
        off.setEnabled(false);
        organization.admin().users().get(olive).update(off);
        JsonNode disabledOwner = start("{\"name\":\"REV owned desk, owner disabled\",\"scope\":{\"type\":"
                + "\"group-members\",\"id\":\"" + owned + "\"}," + reviewers);
        assertEquals(List.of("rev-backstop"), names(items(disabledOwner.get("id").asText()).get("rev-gus")
                .get("reviewers")), "an owner who cannot sign in reviews nothing: the fallback does");
        for (String id : List.of(grantsId, ownedCampaign.get("id").asText(), ownerlessCampaign.get("id").asText(),
                disabledOwner.get("id").asText())) {
            assertEquals(200, adminPost(CAMPAIGNS + "/" + id + "/close", "{}").statusCode());
        }
    }
}
