package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * End-user groups: members, archive, group grants counted for members, a user's access with why,
 * grant expiry at the instant, business filters, and the batch and metadata endpoints.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class EndUserGroupIT extends AbstractSharingIT {

    /**
     * An archive and a new description sent at once, while the group's row is held: each update reads the group as
     * committed once it has the row, so the later one keeps the archive instead of writing the group back unarchived.
     */
    @Test
    void anArchiveSurvivesAnUpdateSentAtTheSameTime() throws Exception {
        String group = endUserGroup("Racing Team");
        try (Connection db = TestDatabase.holdingRow("RA_END_USER_GROUP", "ID", group)) {
            assumeTrue(db != null, "needs a database the test can reach (not H2)");
            java.util.concurrent.CompletableFuture<HttpResponse<String>> archive = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> adminPut("groups/" + group, "{\"archived\":true}"));
            Thread.sleep(700);
            java.util.concurrent.CompletableFuture<HttpResponse<String>> describe = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> adminPut("groups/" + group, "{\"description\":\"night shift\"}"));
            Thread.sleep(1500);
            assertFalse(archive.isDone() || describe.isDone(), "both wait for the group's row");
            db.commit();
            assertEquals(200, archive.join().statusCode(), archive.join().body());
            assertEquals(200, describe.join().statusCode(), describe.join().body());
        }
        JsonNode stored = Oidc.json(adminGet("groups/" + group).body());
        assertTrue(stored.get("archived").asBoolean(), "the archive was kept: " + stored);
        assertEquals("night shift", stored.get("description").asText(), stored.toString());
    }

    @Test
    void groupGrantsCountForMembersUntilTheGroupIsArchived() throws SQLException {
        String gina = createOrganizationUser("gina");
        String solution = newSolution("Claims");
        String group = createdId(adminPost("groups",
                "{\"name\":\"Claim Handlers\",\"description\":\"Front office\",\"attributes\":{\"region\":\"EMEA\"}}"));
        assertEquals(409, adminPost("groups", "{\"name\":\"Claim Handlers\"}").statusCode());
        assertStoredAsText(group, solution);
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"gina@organization.example\"}")
                .statusCode(), "members are found by email too");
        assertEquals(404, adminPost("groups/" + group + "/members", "{\"username\":\"nobody\"}").statusCode());

        JsonNode listed = Oidc.json(adminGet("groups?search=HANDLERS&first=0&max=10").body());
        assertEquals(1, listed.size());
        assertEquals(1, listed.get(0).get("memberCount").asInt());
        assertEquals("EMEA", listed.get(0).get("attributes").get("region").asText());
        assertEquals(400, adminGet("groups?max=100000").statusCode());

        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"group\",\"name\":\"Claim Handlers\"},\"role\":\"user\"}").statusCode());
        String token = org.passwordLogin("gina", "gina").get("access_token").asText();
        assertTrue(use(token, gina, solution), "a member holds the group's role");
        JsonNode why = Oidc.json(adminGet("users/gina/access").body());
        assertEquals("Claim Handlers", why.get(0).get("viaGroup").asText(), why.toString());
        assertEquals("user", Oidc.json(adminGet("groups/" + group + "/access").body()).get(0).get("role").asText());

        assertEquals(200, adminPut("groups/" + group, "{\"archived\":true}").statusCode());
        assertFalse(use(token, gina, solution), "an archived group grants nothing");
        assertEquals(200, adminPut("groups/" + group, "{\"archived\":false,\"name\":\"Claims Team\"}").statusCode());
        assertTrue(use(token, gina, solution));
        assertEquals(204, adminDelete("groups/" + group + "/members/" + gina).statusCode());
        assertFalse(use(token, gina, solution), "a removed member loses the group's role");
    }

    /**
     * A group's attributes and a build's policy are stored as their JSON text. Mapped as {@code @Lob}, PostgreSQL
     * held a large object's id there instead, and each rewrite left the previous object behind.
     */
    private static void assertStoredAsText(String group, String solution) throws SQLException {
        try (Connection db = TestDatabase.current()) {
            if (db == null) {
                return; // H2: the embedded server holds the database open
            }
            assertTrue(stored(db, "select ATTRIBUTES from RA_END_USER_GROUP where ID = ?", group).startsWith("{"));
            assertTrue(stored(db, "select POLICY from RA_BUILD where SOLUTION_ID = ?", solution).startsWith("{"));
        }
    }

    private static String stored(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }

    @Test
    void grantStopsCountingAtItsExpiryInstant() throws InterruptedException {
        enableAdminEvents();
        int logFrom = ServerLog.lineCount();
        String hank = createOrganizationUser("hank");
        String solution = newSolution("Short lived");
        Instant expiry = Instant.now().plusSeconds(3);
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                + hank + "\"},\"role\":\"user\",\"expiresAt\":\"" + expiry + "\"}").statusCode());
        String token = org.passwordLogin("hank", "hank").get("access_token").asText();
        assertTrue(use(token, hank, solution));
        Thread.sleep(Math.max(0, expiry.toEpochMilli() - System.currentTimeMillis()) + 200);
        assertFalse(use(token, hank, solution), "the expiry instant alone decides, clean-up or not");
        JsonNode grants = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            grants = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants");
            if (grants.isEmpty()) {
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(grants.isEmpty(), "the scheduled clean-up deletes the expired grant: " + grants);
        assertFalse(ServerLog.linesContaining(logFrom, "Realm '" + organization.getName() + "': removed",
                "expired runtime-access grant").isEmpty(), "the clean-up is recorded in the log");
        assertTrue(customAdminEvents("DELETE", "runtime-access/grants/expired").stream()
                .anyMatch(e -> e.getRepresentation().contains(hank) && e.getRepresentation().contains("\"expired\"")),
                "and as an admin event naming the grant");
        assertEquals(400, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"id\":\""
                + hank + "\"},\"role\":\"user\",\"expiresAt\":\"tomorrow\"}").statusCode());
    }

    @Test
    void businessFiltersBatchAndMetadata() {
        String ivy = createOrganizationUser("ivy");
        UserRepresentation user = organization.admin().users().get(ivy).toRepresentation();
        user.singleAttribute("businessFilter", "EMEA");
        organization.admin().users().get(ivy).update(user);
        String solution = newSolution("Filtered");
        adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"ivy\"},\"role\":\"user\"}");
        String token = org.passwordLogin("ivy", "ivy").get("access_token").asText();

        HttpResponse<String> batch = send(HttpRequest.newBuilder(
                URI.create(org.realmUrl() + "/runtime-access/access/v1/evaluations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":{\"type\":\"user\",\"id\":\"ivy\"},"
                        + "\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"},"
                        + "\"evaluations\":[{\"context\":{\"businessFilters\":[\"EMEA\",\"APAC\"]}},"
                        + "{\"context\":{\"businessFilters\":[\"LATAM\"]}},{\"action\":{\"name\":7}}]}")));
        assertEquals(200, batch.statusCode(), "a bad item is a denial, the others are answered: " + batch.body());
        JsonNode refused = Oidc.json(batch.body()).get("evaluations").get(2);
        assertFalse(refused.get("decision").asBoolean(), batch.body());
        assertEquals("evaluations[2].action.name", refused.get("context").get("field").asText(), batch.body());

        String defaults = "{\"subject\":{\"type\":\"user\",\"id\":\"ivy\"},\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"},";
        String items = "\"evaluations\":[{\"context\":{\"businessFilters\":[\"EMEA\",\"APAC\"]}},"
                + "{\"context\":{\"businessFilters\":[\"LATAM\"]}},{\"context\":{\"businessFilters\":[\"EMEA\"]}}]";
        JsonNode answers = Oidc.json(evaluations(token, defaults + items + "}").body()).get("evaluations");
        assertEquals(3, answers.size());
        assertTrue(answers.get(0).get("decision").asBoolean());
        assertEquals("DENY_BUSINESS_FILTER", answers.get(1).get("context").get("code").asText());
        assertTrue(answers.get(2).get("decision").asBoolean());
        assertEquals(answers, Oidc.json(evaluations(token, defaults + items
                + ",\"options\":{\"evaluations_semantic\":\"execute_all\"}}").body()).get("evaluations"));
        JsonNode andThen = Oidc.json(evaluations(token, defaults + items
                + ",\"options\":{\"evaluations_semantic\":\"deny_on_first_deny\"}}").body()).get("evaluations");
        assertEquals(2, andThen.size(), "stops at the first denial: " + andThen);
        assertFalse(andThen.get(1).get("decision").asBoolean());
        JsonNode orElse = Oidc.json(evaluations(token, defaults + items
                + ",\"options\":{\"evaluations_semantic\":\"permit_on_first_permit\"}}").body()).get("evaluations");
        assertEquals(1, orElse.size(), "stops at the first permit: " + orElse);
        HttpResponse<String> unknown = evaluations(token, defaults + items
                + ",\"options\":{\"evaluations_semantic\":\"all\"}}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("options.evaluations_semantic"), unknown.body());

        JsonNode roles = Oidc.json(send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/solutions/"
                + solution + "/roles")).header("Authorization", "Bearer " + token).GET()).body());
        assertEquals(List.of("user"), texts(roles.get("roles")));

        // the PDP identifier is the realm URL; the specification inserts the well-known path before its path
        String realmUrl = org.realmUrl();
        String base = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
        String realmName = realmUrl.substring(realmUrl.indexOf("/realms/") + "/realms/".length());
        for (String at : List.of(base + "/.well-known/authzen-configuration/realms/" + realmName,
                realmUrl + "/.well-known/authzen-configuration")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(at)).GET());
            assertEquals(200, response.statusCode(), at);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), at);
            JsonNode metadata = Oidc.json(response.body());
            assertEquals(realmUrl, metadata.get("policy_decision_point").asText(), at);
            assertEquals(realmUrl + "/runtime-access/access/v1/evaluation",
                    metadata.get("access_evaluation_endpoint").asText());
            assertEquals(realmUrl + "/runtime-access/access/v1/evaluations",
                    metadata.get("access_evaluations_endpoint").asText());
        }
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(realmUrl
                + "/runtime-access/.well-known/authzen-configuration")).GET()).statusCode(), "the old place is gone");
    }

    private HttpResponse<String> evaluations(String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/access/v1/evaluations"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** On login, identity-provider memberships follow attributes.runtimeGroups; admin-added ones stay. */
    @Test
    void loginSyncsIdentityProviderMembershipsOnly() {
        String claims = endUserGroup("Claims Processing");
        String support = endUserGroup("Support");
        String underwriting = endUserGroup("Underwriting");
        String atIdp = createCustomerUser("sam", List.of("Claims Processing", "Support"), java.util.Map.of(
                "memberOf", List.of("CN=Phantom Team,OU=Groups,DC=corp")));
        org.brokeredLogin(OIDC_IDP, "sam");
        assertEquals(List.of("identity_provider"), sources(claims, "sam"));
        assertEquals(List.of("identity_provider"), sources(support, "sam"));
        assertFalse(ServerLog.linesContaining("user 'sam'", "[Phantom Team]", "not end-user groups").isEmpty(),
                "names without a group are reported");

        assertEquals(201, adminPost("groups/" + underwriting + "/members", "{\"username\":\"sam\"}").statusCode());
        String supportAtIdp = customer.admin().groups().groups("Support", 0, 1).get(0).getId();
        customerUser(atIdp).leaveGroup(supportAtIdp);
        org.brokeredLogin(OIDC_IDP, "sam");

        assertEquals(List.of("identity_provider"), sources(claims, "sam"));
        assertEquals(List.of(), sources(support, "sam"), "the IdP no longer lists Support");
        assertEquals(List.of("admin"), sources(underwriting, "sam"), "admin-added memberships are never synced away");
    }

    /** A group named as identity providers name them, which the names of roles and solutions may not be. */
    private static final String IDP_NAMED = "R&D / Lazy Team (EMEA, read-only) #2";

    /**
     * Without a login (the attribute set by an admin, the check made by a service), the first check syncs
     * the identity-provider memberships before it answers, and reports names that match no group.
     */
    @Test
    void firstCheckSyncsIdentityProviderMembershipsLazily() {
        enableAdminEvents();
        String lena = createOrganizationUser("lena");
        String group = endUserGroup(IDP_NAMED);
        String solution = newSolution("Lazy");
        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"group\",\"name\":\"" + IDP_NAMED + "\"},\"role\":\"user\"}").statusCode());
        String checker = checkerServiceAccountToken();
        assertFalse(use(checker, lena, solution));

        setIdentityProviderGroups(lena, List.of(IDP_NAMED, "Ghost Team"));
        assertTrue(use(checker, lena, solution), "the first check after the change syncs before it answers");
        assertEquals(List.of("identity_provider"), sources(group, "lena"));
        assertTrue(customAdminEvents("ACTION", "runtime-access/users/" + lena + "/identity-provider-groups").stream()
                .anyMatch(e -> e.getRepresentation().contains("Ghost Team") && e.getRepresentation().contains("check")),
                "names without a group are reported as an admin event");

        setIdentityProviderGroups(lena, List.of());
        assertFalse(use(checker, lena, solution), "a group the IdP no longer lists stops counting at the next check");
        assertEquals(List.of(), sources(group, "lena"));
    }

    /**
     * Names without a group are reported once per change of what the user lists, not at every sign-in: a directory
     * sends many groups the organization does not use, and each sign-in of each such user wrote a warning and an
     * admin event.
     */
    @Test
    void namesWithoutAGroupAreReportedOnceNotAtEverySignIn() {
        enableAdminEvents();
        String uma = createOrganizationUser("uma");
        String solution = newSolution("Unmatched Once");
        String checker = checkerServiceAccountToken();
        setIdentityProviderGroups(uma, List.of("Directory Only"));
        assertFalse(use(checker, uma, solution), "the first check syncs (and loads the realm's index)");
        org.passwordLogin("uma", "uma");
        org.passwordLogin("uma", "uma");
        assertEquals(1, unmatchedReports(uma, "Directory Only"), "reported by the check, not again by two sign-ins");

        setIdentityProviderGroups(uma, List.of("Directory Only", "Directory Too"));
        org.passwordLogin("uma", "uma");
        assertEquals(1, unmatchedReports(uma, "Directory Too"), "a changed list is reported again");
        assertEquals(2, unmatchedReports(uma, "Directory Only"));
    }

    private long unmatchedReports(String userId, String name) {
        return customAdminEvents("ACTION", "runtime-access/users/" + userId + "/identity-provider-groups").stream()
                .filter(e -> e.getRepresentation().contains("\"" + name + "\"")).count();
    }

    private void setIdentityProviderGroups(String userId, List<String> groups) {
        UserRepresentation user = organization.admin().users().get(userId).toRepresentation();
        java.util.Map<String, List<String>> attributes = new java.util.HashMap<>(
                user.getAttributes() == null ? java.util.Map.of() : user.getAttributes());
        attributes.put("flowxIdPGroups", groups);
        user.setAttributes(attributes);
        organization.admin().users().get(userId).update(user);
    }

    /** The sources of the user's memberships in a group, waiting briefly: sync runs after the login commits. */
    private List<String> sources(String group, String username) {
        List<String> found = List.of();
        for (int attempt = 0; attempt < 20; attempt++) {
            found = new java.util.ArrayList<>();
            for (JsonNode member : Oidc.json(adminGet("groups/" + group + "/members").body())) {
                if (username.equals(member.get("username").asText())) {
                    found.add(member.get("source").asText());
                }
            }
            if (!found.isEmpty() || attempt > 3) {
                return found;
            }
            sleep(250);
        }
        return found;
    }

    private boolean use(String token, String subject, String solution) {
        HttpResponse<String> response = send(evaluation(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + subject
                + "\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}"));
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("decision").asBoolean();
    }
}
