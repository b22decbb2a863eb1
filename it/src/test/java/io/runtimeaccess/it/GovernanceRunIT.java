package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Access-intelligence runs on a real Keycloak (PostgreSQL): onboarding after a first brokered login, each seeded
 * dormant, unused, disabled-user and reconciliation case found exactly once (and none in a clean realm), the
 * run API's 409 in mode off and 403 for view-only ({@link GovernanceNightlyIT} has the nightly run). Seeded ages (a user created 200 days ago, a grant made 200 days ago) are written into the tables directly.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class GovernanceRunIT extends AbstractGovernanceIT {

    /** Onboarding fits the peer model on the whole realm in the background. */
    private static final Duration ONBOARDING_WAIT = Duration.ofMinutes(1);

    private static final String SEEDED = "gov-seeded";
    private static final String CLEAN = "gov-clean";
    private static final long DAY = 86_400_000L;

    /**
     * Two settings changes at once, while the stored row is held: each fills its absent fields from the row as
     * committed once it has it, so neither writes the other's field back.
     */
    @Test
    void twoSettingsChangesAtOnceKeepBoth() throws Exception {
        String realm = "gov-settings-race";
        realm(realm);
        assertEquals(200, gov("PUT", realm, "settings", "{\"mode\":\"report\"}", adminToken()).statusCode());
        try (Connection db = TestDatabase.holdingRow("RA_GOV_SETTINGS", "REALM_ID", realmId(realm))) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            CompletableFuture<HttpResponse<String>> mode = CompletableFuture
                    .supplyAsync(() -> gov("PUT", realm, "settings", "{\"mode\":\"approve\"}", adminToken()));
            Thread.sleep(700);
            CompletableFuture<HttpResponse<String>> days = CompletableFuture
                    .supplyAsync(() -> gov("PUT", realm, "settings", "{\"dormantDays\":120}", adminToken()));
            Thread.sleep(1500);
            db.commit();
            assertEquals(200, mode.join().statusCode(), mode.join().body());
            assertEquals(200, days.join().statusCode(), days.join().body());
        }
        JsonNode stored = Oidc.json(body(gov("GET", realm, "settings", null, adminToken())));
        assertEquals("approve", stored.get("mode").asText(), stored.toString());
        assertEquals(120, stored.get("dormantDays").asInt(), stored.toString());
    }

    /**
     * A realm's first settings change while another first change is inserting the row: it waits for that insert,
     * then applies on top of it (it used to insert the row a second time and fail with a 500).
     */
    @Test
    void aFirstSettingsChangeAtTheSameMomentAsAnotherAppliesOnTopOfIt() throws Exception {
        String realm = "gov-settings-first";
        realm(realm);
        // a refused first change stores nothing (else the row below could not be inserted)
        assertEquals(400, gov("PUT", realm, "settings", "{\"dormantDays\":0}", adminToken()).statusCode());
        Map<String, Object> other = Map.ofEntries(
                Map.entry("REALM_ID", realmId(realm)),
                Map.entry("MODE", "APPROVE"),
                Map.entry("AUTO_APPLY", ""),
                Map.entry("DORMANT_DAYS", 77),
                Map.entry("UNUSED_DAYS", 60),
                Map.entry("PEER_ATTRIBUTES", "[]"),
                Map.entry("PRIVILEGED_ITEMS", "[]"),
                Map.entry("REJECTION_SUPPRESSION_DAYS", 30),
                Map.entry("MIN_CONFIDENCE", 0.5),
                Map.entry("UPDATED_AT", System.currentTimeMillis()));
        try (Connection db = TestDatabase.holdingNewRow("RA_GOV_SETTINGS", other)) {
            assumeTrue(db != null, "needs a database the test can reach (not the embedded H2)");
            CompletableFuture<HttpResponse<String>> days = CompletableFuture
                    .supplyAsync(() -> gov("PUT", realm, "settings", "{\"unusedDays\":150}", adminToken()));
            TestDatabase.awaitLockWaiter();
            db.commit();
            assertEquals(200, days.join().statusCode(), days.join().body());
        }
        JsonNode stored = Oidc.json(body(gov("GET", realm, "settings", null, adminToken())));
        assertEquals("approve", stored.get("mode").asText(), stored.toString());
        assertEquals(77, stored.get("dormantDays").asInt(), stored.toString());
        assertEquals(150, stored.get("unusedDays").asInt(), stored.toString());
    }

    @Test
    void firstBrokeredLoginGetsPeerRecommendations() throws Exception {
        String solution = peersAndNewcomer("Gov Onboarding Claims", "Gov Onboarding", "gov-peer-", "gwen");
        String organizationName = organization.getName();
        String before = body(gov("GET", organizationName, "settings", null, adminToken()));
        try {
            peersByIdentityProviderGroup(organizationName);

            org.brokeredLogin(OIDC_IDP, "gwen");

            String key = "grant:" + solution + ":user";
            awaitTrue(() -> proposals(organizationName, "category=peer-recommendation&user=gwen").stream()
                    .anyMatch(p -> key.equals(p.path("item").path("key").asText())
                            && "add".equals(p.get("change").asText())),
                    "no peer recommendation of " + key + " for gwen after her first brokered login",
                    ONBOARDING_WAIT);
            JsonNode runs = Oidc.json(body(gov("GET", organizationName, "runs?max=50", null, adminToken())));
            assertTrue(texts(runs, "trigger").contains("onboarding"), runs.toString());
            String gwen = organizationUser("gwen").getId();
            awaitTrue(() -> brokeredSignIn(gwen), "gwen's brokered sign-in was not flushed to RA_GOV_SIGN_IN",
                    ONBOARDING_WAIT);
        } finally {
            gov("PUT", organizationName, "settings", before, adminToken());
        }
    }

    /**
     * A user an admin creates through the admin API (the most common way a newcomer arrives) is onboarded like a first
     * brokered login: recommended what the peers of the same identity-provider group hold, in an onboarding run.
     */
    @Test
    void aUserCreatedThroughTheAdminApiGetsPeerRecommendations() {
        String solution = peersAndNewcomer("Gov Onboarding Admin", "Gov Admin Created", "gov-admin-peer-", "gilda");
        String organizationName = organization.getName();
        String before = body(gov("GET", organizationName, "settings", null, adminToken()));
        try {
            peersByIdentityProviderGroup(organizationName);
            UserRepresentation newcomer = new UserRepresentation();
            newcomer.setUsername("gerd");
            newcomer.setEnabled(true);
            newcomer.setAttributes(Map.of("flowxIdPGroups", List.of("Gov Admin Created")));
            try (jakarta.ws.rs.core.Response created = organization.admin().users().create(newcomer)) {
                assertEquals(201, created.getStatus());
            }
            String key = "grant:" + solution + ":user";
            awaitTrue(() -> proposals(organizationName, "category=peer-recommendation&user=gerd").stream()
                    .anyMatch(p -> key.equals(p.path("item").path("key").asText())
                            && "add".equals(p.get("change").asText())),
                    "no peer recommendation of " + key + " for gerd after an admin created him", ONBOARDING_WAIT);
        } finally {
            gov("PUT", organizationName, "settings", before, adminToken());
        }
    }

    /**
     * An onboarding that waits for the realm's turn (the test's connection holds the settings row, as a run would)
     * while the mode changes from auto-low-risk to approve: it follows the settings as they are once the turn is its
     * own, so its recommendation waits for an admin instead of being applied under the old mode.
     */
    @Test
    void anOnboardingThatWaitedForItsTurnFollowsTheSettingsChangedMeanwhile() throws Exception {
        String solution = peersAndNewcomer("Gov Onboarding Held", "Gov Held", "gov-held-peer-", "gina");
        String organizationName = organization.getName();
        String before = body(gov("GET", organizationName, "settings", null, adminToken()));
        try {
            peersByIdentityProviderGroup(organizationName);
            // after the run, so that it applies nothing to the shared realm's other users
            assertEquals(200, gov("PUT", organizationName, "settings", "{\"mode\":\"auto-low-risk\","
                    + "\"autoApply\":[\"peer-recommendation\"]}", adminToken()).statusCode());
            try (Connection db = TestDatabase.holdingRow("RA_GOV_SETTINGS", "REALM_ID",
                    organization.admin().toRepresentation().getId())) {
                org.brokeredLogin(OIDC_IDP, "gina");
                TestDatabase.awaitWaitingStatement("ra_gov_settings");
                try (PreparedStatement approve = db.prepareStatement(
                        "UPDATE RA_GOV_SETTINGS SET MODE = 'APPROVE' WHERE REALM_ID = ?")) {
                    approve.setString(1, organization.admin().toRepresentation().getId());
                    assertEquals(1, approve.executeUpdate());
                }
                db.commit();
            }
            String key = "grant:" + solution + ":user";
            awaitTrue(() -> proposals(organizationName, "category=peer-recommendation&user=gina").stream()
                    .anyMatch(p -> key.equals(p.path("item").path("key").asText())),
                    "no peer recommendation of " + key + " for gina", ONBOARDING_WAIT);
            JsonNode proposal = proposals(organizationName, "category=peer-recommendation&user=gina").stream()
                    .filter(p -> key.equals(p.path("item").path("key").asText())).findFirst().orElseThrow();
            assertEquals("proposed", proposal.get("status").asText(), "waits for an admin: " + proposal);
        } finally {
            gov("PUT", organizationName, "settings", before, adminToken());
        }
    }

    /** Peers are found by identity-provider group, and a run refreshes the snapshot onboarding compares with. */
    private void peersByIdentityProviderGroup(String realm) {
        assertEquals(200, gov("PUT", realm, "settings", "{\"peerAttributes\":[\"flowxIdPGroups\"]}", adminToken())
                .statusCode());
        assertEquals(200, gov("POST", realm, "runs", null, adminToken()).statusCode());
    }

    /**
     * A solution whose "user" role four organization users hold, all in the identity-provider group {@code group},
     * and a customer-IdP user {@code newcomer} in that group who has not signed in yet; the solution's id.
     */
    private String peersAndNewcomer(String solutionName, String group, String peerPrefix, String newcomer) {
        String solution = Oidc.json(adminPost("solutions", "{\"name\":\"" + solutionName + "\"}").body())
                .get("id").asText();
        for (int i = 1; i <= 4; i++) {
            String peer = createOrganizationUser(peerPrefix + i);
            UserRepresentation rep = organization.admin().users().get(peer).toRepresentation();
            rep.setAttributes(Map.of("flowxIdPGroups", List.of(group)));
            organization.admin().users().get(peer).update(rep);
            assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\","
                    + "\"name\":\"" + peerPrefix + i + "\"},\"role\":\"user\"}").statusCode());
        }
        GroupRepresentation idpGroup = new GroupRepresentation();
        idpGroup.setName(group);
        customer.admin().groups().add(idpGroup).close();
        createCustomerUser(newcomer, List.of(group), Map.of());
        return solution;
    }

    @Test
    void seededCasesAreFoundOnceAndNoneInACleanRealm() throws Exception {
        Seeded seeded = seed();
        JsonNode dormant = Oidc.json(body(gov("GET", SEEDED, "reports/dormant", null, adminToken())));
        assertEquals(List.of("dora"), texts(dormant.get("accounts"), "username"), dormant.toString());
        assertEquals(200, dormant.get("accounts").get(0).get("daysSinceSignIn").asInt(), dormant.toString());

        JsonNode unused = Oidc.json(body(gov("GET", SEEDED, "reports/unused", null, adminToken())));
        assertEquals(List.of("uma"), texts(unused.get("grants"), "username"), unused.toString());
        assertEquals(List.of("dan"), texts(unused.get("disabledUsers"), "username"), unused.toString());

        JsonNode reconciliation = Oidc.json(body(gov("GET", SEEDED, "reports/reconciliation", null, adminToken())));
        assertEquals(List.of("fred"), texts(reconciliation.get("orphanedFederatedUsers"), "username"),
                reconciliation.toString());
        assertEquals(List.of("Gone Team"), texts(reconciliation.get("unmatchedIdentityProviderGroups"), "group"),
                reconciliation.toString());
        assertEquals(List.of(seeded.retiredGrant), texts(reconciliation.get("inactivePolicyGrants"), "grantId"),
                reconciliation.toString());
        assertEquals("user", reconciliation.get("inactivePolicyGrants").get(0).get("principal").get("type").asText(),
                "principal types are written as everywhere else in the API: " + reconciliation);
        assertEquals("ines", reconciliation.get("inactivePolicyGrants").get(0).get("principal").get("name").asText(),
                "the holder by name, for people to read: " + reconciliation);
        assertEquals(List.of("Empty Team"), texts(reconciliation.get("emptyGroups"), "name"),
                reconciliation.toString());

        JsonNode run = Oidc.json(body(gov("POST", SEEDED, "runs", null, adminToken())));
        assertEquals("finished", run.get("status").asText(), run.toString());
        assertEquals("api", run.get("trigger").asText());
        JsonNode byCategory = run.get("byCategory");
        assertEquals(1, byCategory.get("dormant-account").asInt(), run.toString());
        assertEquals(1, byCategory.get("unused-access").asInt(), run.toString());
        assertEquals(1, byCategory.get("disabled-user-access").asInt(), run.toString());
        assertEquals(3, byCategory.get("reconciliation").asInt(), run.toString());
        JsonNode again = Oidc.json(body(gov("POST", SEEDED, "runs", null, adminToken())));
        assertEquals(0, again.get("created").asInt(), "the same findings are not proposed twice: " + again);
        reviewedAsCampaigns();

        JsonNode clean = Oidc.json(body(gov("POST", CLEAN, "runs", null, adminToken())));
        for (String category : List.of("dormant-account", "unused-access", "disabled-user-access", "reconciliation")) {
            assertEquals(0, clean.get("byCategory").get(category).asInt(), category + " in " + clean);
        }
        assertTrue(Oidc.json(body(gov("GET", CLEAN, "reports/dormant", null, adminToken()))).get("accounts").isEmpty());
        JsonNode cleanReconciliation = Oidc.json(body(gov("GET", CLEAN, "reports/reconciliation", null,
                adminToken())));
        cleanReconciliation.fields().forEachRemaining(list -> assertTrue(list.getValue().isEmpty(),
                list.getKey() + " in the clean realm: " + cleanReconciliation));
    }

    /** Proposals about a whole account (no item) are reviewed as the access "account". */
    private void reviewedAsCampaigns() {
        GroupRepresentation reviewers = new GroupRepresentation();
        reviewers.setName("gov-reviewers");
        admin.realm(SEEDED).groups().add(reviewers).close();
        for (Map.Entry<String, Integer> category : Map.of("dormant-account", 1, "reconciliation", 3).entrySet()) {
            HttpResponse<String> created = adminCall(SEEDED, "POST", "reviews/campaigns", adminToken(),
                    "{\"name\":\"gov " + category.getKey() + "\",\"scope\":{\"type\":\"category-proposals\",\"id\":\""
                            + category.getKey() + "\"},\"reviewers\":{\"type\":\"group\",\"group\":\"/gov-reviewers\"}}");
            assertEquals(201, created.statusCode(), created.body());
            JsonNode campaign = Oidc.json(created.body());
            assertEquals(category.getValue().intValue(), campaign.get("items").asInt(), campaign.toString());
            JsonNode items = Oidc.json(body(adminCall(SEEDED, "GET", "reviews/campaigns/" + campaign.get("id").asText()
                    + "/items", adminToken(), null)));
            assertTrue(texts(items, "access").contains("account"), items.toString());
            for (JsonNode item : items) {
                // each item carries its own proposal's word: a dormant account is suggested for disabling (revoke)
                assertTrue(item.get("suggestion").isObject(), item.toString());
                if ("dormant-account".equals(category.getKey())) {
                    assertEquals("revoke", item.get("suggestion").get("action").asText(), item.toString());
                }
            }
            if ("dormant-account".equals(category.getKey())) {
                revokedInReportMode(campaign.get("id").asText(), items.get(0));
            } else {
                reviewOnlyRevokeRemovesNothing(campaign.get("id").asText(), items);
            }
        }
    }

    /**
     * Revoking a proposal that asks only for a review (a reconciliation issue about the account) approves it, and
     * approving it takes nothing away: the evidence says so instead of "revoked", so a person still acts on it.
     */
    private void reviewOnlyRevokeRemovesNothing(String campaignId, JsonNode items) {
        String itemId = null;
        for (JsonNode item : items) {
            if ("account".equals(item.get("access").asText())) {
                itemId = item.get("id").asText();
            }
        }
        assertTrue(itemId != null, items.toString());
        String path = "reviews/campaigns/" + campaignId;
        assertEquals(200, gov("PUT", SEEDED, "settings", "{\"mode\":\"approve\"}", adminToken()).statusCode());
        try {
            // the grant's proposal is rejected in the queue meanwhile: its revoke takes nothing, and says so
            String rejected = rejectedGrantItem(items);
            assertEquals(200, adminCall(SEEDED, "POST", path + "/decisions", adminToken(),
                    "{\"decisions\":[{\"itemId\":\"" + itemId + "\",\"decision\":\"revoke\",\"justification\":"
                            + "\"seen\"},{\"itemId\":\"" + rejected + "\",\"decision\":\"revoke\",\"justification\":"
                            + "\"not needed\"}]}").statusCode());
            HttpResponse<String> closed = adminCall(SEEDED, "POST", path + "/close", adminToken(), "{}");
            assertEquals(200, closed.statusCode(), closed.body());
            Map<String, JsonNode> byId = new java.util.HashMap<>();
            for (JsonNode item : Oidc.json(body(adminCall(SEEDED, "GET", path + "/items", adminToken(), null)))) {
                byId.put(item.get("id").asText(), item);
            }
            JsonNode revoked = byId.get(itemId);
            assertNotNull(revoked, "the revoked item is listed");
            assertEquals("reviewed-nothing-removed", revoked.get("applied").asText(), revoked.toString());
            assertEquals("not-applied: the proposal is rejected in governance's queue",
                    byId.get(rejected).get("applied").asText(), "not 'already-gone': the grant is still there");
            JsonNode rerun = Oidc.json(body(gov("POST", SEEDED, "runs", null, adminToken())));
            assertEquals(0, rerun.get("created").asInt(), "a review approved (seen) is not raised again for the"
                    + " suppression time, as a rejected one is not: " + rerun);
        } finally {
            assertEquals(200, gov("PUT", SEEDED, "settings", "{\"mode\":\"report\"}", adminToken()).statusCode());
        }
    }

    /** Rejects the waiting reconciliation proposal about a grant in governance's queue; its review item's id. */
    private String rejectedGrantItem(JsonNode items) {
        for (JsonNode proposal : Oidc.json(body(gov("GET", SEEDED, "proposals?category=reconciliation&status=proposed",
                null, adminToken())))) {
            if (proposal.path("item").isObject()) {
                assertEquals(200, gov("POST", SEEDED, "proposals/" + proposal.get("id").asText() + "/reject",
                        "{\"reason\":\"handled elsewhere\"}", adminToken()).statusCode());
                for (JsonNode item : items) {
                    if (item.get("access").asText().equals(proposal.get("item").get("key").asText())) {
                        return item.get("id").asText();
                    }
                }
            }
        }
        throw new AssertionError("no reconciliation proposal about a grant among " + items);
    }

    /**
     * Revoking a proposal approves it, which the realm's mode forbids here (report: the queue is read-only): the
     * close records the failure and the proposal keeps waiting.
     */
    private void revokedInReportMode(String campaignId, JsonNode item) {
        String path = "reviews/campaigns/" + campaignId;
        assertEquals(200, adminCall(SEEDED, "POST", path + "/decisions", adminToken(), "{\"decisions\":[{\"itemId\":\""
                + item.get("id").asText() + "\",\"decision\":\"revoke\",\"justification\":\"gone\"}]}").statusCode());
        HttpResponse<String> closed = adminCall(SEEDED, "POST", path + "/close", adminToken(), "{}");
        assertEquals(200, closed.statusCode(), closed.body());
        JsonNode applied = Oidc.json(body(adminCall(SEEDED, "GET", path + "/items", adminToken(), null))).get(0);
        assertEquals("failed: governance mode report: proposals are read-only", applied.get("applied").asText(),
                applied.toString());
        JsonNode waiting = Oidc.json(body(gov("GET", SEEDED, "proposals?category=dormant-account&status=proposed", null,
                adminToken())));
        assertEquals(1, waiting.size(), "the proposal still waits: " + waiting);
    }

    /**
     * Sign-ins are marked from the extension's install on; a user active until then has Keycloak's own stored LOGIN
     * events. A report (and a run) reads them for users without a mark, so such a user is not dormant, as one user's
     * risk already read it; a user with neither, created 200 days ago, is.
     */
    @Test
    void aStoredLoginCountsForAUserWithoutASignInMark() throws SQLException {
        String name = "gov-stored-logins";
        realm(name);
        RealmRepresentation events = admin.realm(name).toRepresentation();
        events.setEventsEnabled(true);
        admin.realm(name).update(events);
        String active = user(name, "ada-active", Map.of());
        String idle = user(name, "ida-idle", Map.of());
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "needs a database the test can reach");
            long now = System.currentTimeMillis();
            try (PreparedStatement aged = db.prepareStatement("UPDATE USER_ENTITY SET CREATED_TIMESTAMP = ?"
                    + " WHERE ID IN (?, ?)")) {
                aged.setLong(1, now - Duration.ofDays(200).toMillis());
                aged.setString(2, active);
                aged.setString(3, idle);
                assertEquals(2, aged.executeUpdate());
            }
            TestDatabase.storedLogin(db, events.getId(), active, now - Duration.ofDays(5).toMillis());
        }
        List<String> dormant = new ArrayList<>();
        Oidc.json(body(gov("GET", name, "reports/dormant", null, adminToken()))).get("accounts")
                .forEach(account -> dormant.add(account.get("username").asText()));
        assertTrue(dormant.contains("ida-idle"), dormant.toString());
        assertTrue(!dormant.contains("ada-active"), "signed in 5 days ago, by Keycloak's stored events: " + dormant);
    }

    @Test
    void runsAre409InModeOffAnd403ForViewOnly() {
        realm(CLEAN);
        assertEquals(200, gov("PUT", CLEAN, "settings", "{\"mode\":\"off\"}", adminToken()).statusCode());
        try {
            HttpResponse<String> off = gov("POST", CLEAN, "runs", null, adminToken());
            assertRefused(off, 409, "mode");
        } finally {
            assertEquals(200, gov("PUT", CLEAN, "settings", "{\"mode\":\"report\"}", adminToken()).statusCode());
        }
        String viewer = organizationAdminToken("gov-viewer", "view-users");
        HttpResponse<String> refused = gov("POST", organization.getName(), "runs", null, viewer);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(200, gov("GET", organization.getName(), "runs", null, viewer).statusCode());
        HttpResponse<String> badMax = gov("GET", organization.getName(), "runs?max=x", null, viewer);
        assertBadRequest(badMax, "max");
    }

    /** The seeded realm (once): one case of each kind; and the clean realm, with nothing to find. */
    private Seeded seed() throws SQLException {
        if (realm(SEEDED)) {
            return Seeded.read();
        }
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias("ext");
        idp.setProviderId("oidc");
        idp.setConfig(Map.of("clientId", "ext", "clientSecret", "ext", "authorizationUrl", "http://localhost/auth",
                "tokenUrl", "http://localhost/token"));
        admin.realm(SEEDED).identityProviders().create(idp).close();
        String solution = Oidc.json(body(sharing("POST", SEEDED, "solutions", "{\"name\":\"Seeded\"}"))).get("id")
                .asText();
        String team = Oidc.json(body(sharing("POST", SEEDED, "groups", "{\"name\":\"Team A\"}"))).get("id").asText();
        sharing("POST", SEEDED, "groups", "{\"name\":\"Empty Team\"}");
        String dora = user(SEEDED, "dora", Map.of());
        user(SEEDED, "uma", Map.of());
        String dan = user(SEEDED, "dan", Map.of());
        user(SEEDED, "fred", Map.of("flowxIdPGroups", List.of("Team A")));
        String ulla = user(SEEDED, "ulla", Map.of("flowxIdPGroups", List.of("Gone Team")));
        user(SEEDED, "ines", Map.of());
        String rita = user(SEEDED, "rita", Map.of());
        for (String user : List.of("uma", "dan", "ines", "rita")) {
            body(sharing("POST", SEEDED, "solutions/" + solution + "/grants",
                    "{\"principal\":{\"type\":\"user\",\"name\":\"" + user + "\"},\"role\":\"user\"}"));
        }
        body(sharing("POST", SEEDED, "groups/" + team + "/members", "{\"username\":\"fred\"}"));
        body(sharing("POST", SEEDED, "groups/" + team + "/members", "{\"username\":\"ulla\"}"));
        org.keycloak.representations.idm.FederatedIdentityRepresentation link =
                new org.keycloak.representations.idm.FederatedIdentityRepresentation();
        link.setIdentityProvider("ext");
        link.setUserId("ulla-at-ext");
        link.setUserName("ulla");
        admin.realm(SEEDED).users().get(ulla).addFederatedIdentity("ext", link).close();
        UserRepresentation disabled = admin.realm(SEEDED).users().get(dan).toRepresentation();
        disabled.setEnabled(false);
        admin.realm(SEEDED).users().get(dan).update(disabled);
        long longAgo = System.currentTimeMillis() - 200 * DAY - DAY / 2;
        try (Connection db = TestDatabase.postgres()) {
            update(db, "UPDATE USER_ENTITY SET CREATED_TIMESTAMP = ? WHERE ID = ?", longAgo, dora);
            update(db, "UPDATE RA_GRANT SET GRANTED_AT = ? WHERE PRINCIPAL_ID = (SELECT ID FROM USER_ENTITY"
                    + " WHERE USERNAME = 'uma' AND REALM_ID = ?)", longAgo, realmId(SEEDED));
            update(db, "UPDATE RA_GRANT SET ROLE_NAME = 'retired' WHERE PRINCIPAL_ID = (SELECT ID FROM USER_ENTITY"
                    + " WHERE USERNAME = 'ines' AND REALM_ID = ?)", null, realmId(SEEDED));
            // rita's grant is new; the use stored for her key is one of an earlier grant of that role, revoked since
            try (PreparedStatement earlierUse = db.prepareStatement("INSERT INTO RA_GRANT_USE (ID, REALM_ID,"
                    + " PRINCIPAL_TYPE, PRINCIPAL_ID, SOLUTION_ID, ROLE_NAME, LAST_USED) VALUES (?, ?, 'USER', ?, ?,"
                    + " 'user', ?)")) {
                earlierUse.setString(1, java.util.UUID.randomUUID().toString());
                earlierUse.setString(2, realmId(SEEDED));
                earlierUse.setString(3, rita);
                earlierUse.setString(4, solution);
                earlierUse.setLong(5, longAgo);
                assertEquals(1, earlierUse.executeUpdate());
            }
        }
        realm(CLEAN);
        return Seeded.read();
    }

    /** Ids of the seeded rows the assertions name. */
    private static final class Seeded {
        String retiredGrant;

        static Seeded read() throws SQLException {
            Seeded seeded = new Seeded();
            try (Connection db = TestDatabase.postgres();
                    PreparedStatement query = db.prepareStatement("SELECT ID FROM RA_GRANT WHERE ROLE_NAME = 'retired'")) {
                try (ResultSet rows = query.executeQuery()) {
                    assertTrue(rows.next(), "the seeded grant of a retired role");
                    seeded.retiredGrant = rows.getString(1);
                }
            }
            return seeded;
        }
    }

    private String realmId(String realm) {
        return admin.realm(realm).toRepresentation().getId();
    }

    private static void update(Connection db, String sql, Long millis, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int index = 1;
            if (millis != null) {
                statement.setLong(index++, millis);
            }
            statement.setString(index, parameter);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private boolean brokeredSignIn(String userId) {
        try (Connection db = TestDatabase.postgres();
                PreparedStatement query = db.prepareStatement("SELECT BROKERED FROM RA_GOV_SIGN_IN WHERE USER_ID = ?")) {
            query.setString(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> proposals(String realm, String query) {
        List<JsonNode> list = new ArrayList<>();
        Oidc.json(body(gov("GET", realm, "proposals?" + query, null, adminToken()))).forEach(list::add);
        return list;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
