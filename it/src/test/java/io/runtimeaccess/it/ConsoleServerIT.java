package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * What the admin console needs from the server: its static files with their security headers, its client
 * in every realm, and the admin API endpoints it calls (rights, paging, usage, bulk members, explanation,
 * admin check).
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ConsoleServerIT extends AbstractSharingIT {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Test
    void consoleFilesAreServedWithTheirSecurityHeaders() {
        HttpResponse<String> redirect = console("");
        assertEquals(302, redirect.statusCode());
        assertEquals(org.realmUrl() + "/runtime-access/console/", redirect.headers().firstValue("Location").orElse(null));
        assertSecured(redirect);

        HttpResponse<String> index = console("/");
        assertEquals(200, index.statusCode(), index.body());
        assertSecured(index);
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("no-cache", index.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(index.body(), console("/index.html").body());

        Matcher script = Pattern.compile("assets/[A-Za-z0-9._-]+\\.js").matcher(index.body());
        assertTrue(script.find(), "index.html loads a script from assets/: " + index.body());
        HttpResponse<String> asset = console("/" + script.group());
        assertEquals(200, asset.statusCode());
        assertSecured(asset);
        assertEquals("text/javascript; charset=utf-8", asset.headers().firstValue("Content-Type").orElse(null));
        assertEquals("public, max-age=31536000, immutable", asset.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(asset.body(), console("/" + script.group()).body(), "served again from memory, unchanged");

        for (String refused : List.of("/assets/missing.js", "/assets/..%2F..%2Findex.html", "/assets%2Findex.html",
                "/..%5C..%5Cindex.html", "/index.exe", "/META-INF/MANIFEST.MF", "/assets/.hidden.js")) {
            HttpResponse<String> response = console(refused);
            assertEquals(404, response.statusCode(), refused);
            assertSecured(response);
        }
    }

    @Test
    void everyRealmGetsTheConsoleClientUnlessItHasOne() {
        assertConsoleClient(organization.getName(), organization.admin().clients().findByClientId("runtime-access-console"));
        assertConsoleClient("master", admin.realm("master").clients().findByClientId("runtime-access-console"));

        RealmRepresentation fresh = new RealmRepresentation();
        fresh.setRealm("console-fresh");
        fresh.setEnabled(true);
        admin.realms().create(fresh);
        RealmRepresentation imported = new RealmRepresentation();
        imported.setRealm("console-imported");
        imported.setEnabled(true);
        ClientRepresentation own = new ClientRepresentation();
        own.setClientId("runtime-access-console");
        own.setPublicClient(true);
        own.setRedirectUris(List.of("https://console.example/*"));
        imported.setClients(List.of(own));
        admin.realms().create(imported);
        try {
            assertConsoleClient("console-fresh", admin.realm("console-fresh").clients().findByClientId("runtime-access-console"));
            ClientRepresentation kept = admin.realm("console-imported").clients().findByClientId("runtime-access-console").get(0);
            assertEquals(List.of("https://console.example/*"), kept.getRedirectUris(), "an imported client is kept as it is");
            assertNull(kept.getAttributes().get("runtime-access.console-client"));
        } finally {
            admin.realm("console-fresh").remove();
            admin.realm("console-imported").remove();
        }
    }

    @Test
    void whoamiTellsTheConsoleWhatTheAdminMayDo() {
        JsonNode master = Oidc.json(call("GET", "whoami", adminToken(), null).body());
        assertEquals(organization.getName(), master.get("realm").asText());
        for (String right : List.of("viewUsers", "manageUsers", "viewEvents", "manageEvents", "viewRealm", "manageRealm")) {
            assertTrue(master.get(right).asBoolean(), right + " for the master admin: " + master);
        }
        JsonNode manager = Oidc.json(call("GET", "whoami", managerToken(), null).body());
        assertTrue(manager.get("manageUsers").asBoolean(), manager.toString());
        assertFalse(manager.get("manageRealm").asBoolean(), manager.toString());
        JsonNode viewer = Oidc.json(call("GET", "whoami", viewerToken(), null).body());
        assertTrue(viewer.get("viewUsers").asBoolean(), viewer.toString());
        assertFalse(viewer.get("manageUsers").asBoolean(), viewer.toString());
        assertFalse(viewer.get("manageEvents").asBoolean(), viewer.toString());
        assertEquals(403, call("GET", "whoami", plainUserToken(), null).statusCode());
    }

    @Test
    void listsArePagedAndSearchedAndRoleUsageIsCounted() {
        for (String role : List.of("pg-approver", "pg-auditor", "pg-zeta")) {
            assertEquals(201, adminPost("roles", "{\"name\":\"" + role + "\"}").statusCode());
        }
        assertEquals(List.of("pg-approver", "pg-auditor"), names(adminGet("roles?search=PG-&max=2")));
        assertEquals(List.of("pg-zeta"), names(adminGet("roles?search=pg-&first=2")));
        assertTrue(names(adminGet("roles")).containsAll(List.of("pg-approver", "pg-auditor", "pg-zeta")),
                "no parameters: the first page of all");
        assertField(adminGet("roles?max=501"), 400, "max");
        assertField(adminGet("roles?first=-1"), 400, "first");
        assertField(adminGet("solutions?search=" + "s".repeat(101)), 400, "search");

        String loans = createSolution("PG Loans");
        createSolution("PG Leases");
        assertEquals(List.of("PG Leases", "PG Loans"), names(adminGet("solutions?search=pg%20l")));
        assertEquals(List.of("PG Leases"), names(adminGet("solutions?search=pg%20l&max=1")));

        String archived = createGroup("PG Archived");
        assertEquals(200, adminPut("groups/" + archived, "{\"archived\":true}").statusCode());
        createGroup("PG Active");
        assertEquals(List.of("PG Archived"), names(adminGet("groups?search=pg&archived=true")));
        assertEquals(List.of("PG Active"), names(adminGet("groups?search=pg&archived=false")));
        assertEquals(List.of("PG Active", "PG Archived"), names(adminGet("groups?search=pg")));
        assertField(adminGet("groups?archived=maybe"), 400, "archived");

        assertEquals(201, adminPost("solutions/" + loans + "/builds",
                "{\"name\":\"2\",\"roles\":[\"user\",\"pg-approver\"],\"resources\":[]}").statusCode());
        createOrganizationUser("pg-paula");
        createOrganizationUser("pg-peter");
        grant(loans, "{\"type\":\"user\",\"name\":\"pg-paula\"}", "user");
        grant(loans, "{\"type\":\"user\",\"name\":\"pg-peter@organization.example\"}", "user");
        grant(loans, "{\"type\":\"group\",\"name\":\"PG Active\"}", "user");
        JsonNode usage = Oidc.json(adminGet("roles/pg-approver/usage").body());
        assertEquals("pg-approver", usage.get("role").asText());
        assertEquals(1, usage.get("builds").asInt(), usage.toString());
        assertEquals(0, usage.get("grants").asInt(), usage.toString());
        assertEquals(404, adminGet("roles/pg-nobody/usage").statusCode());

        assertEquals(List.of("pg-paula"), principals(adminGet("solutions/" + loans + "/share?search=PAULA")));
        assertEquals(List.of("pg-peter"), principals(adminGet("solutions/" + loans + "/share?search=peter@organization")));
        assertEquals(List.of("PG Active"), principals(adminGet("solutions/" + loans + "/share?search=active")));
        assertEquals(1, principals(adminGet("solutions/" + loans + "/share?max=1&first=2")).size());
        assertEquals(3, principals(adminGet("solutions/" + loans + "/share")).size());
        assertField(adminGet("solutions/" + loans + "/share?first=abc"), 400, "first");

        String build2 = Oidc.json(adminGet("solutions/" + loans).body()).get("builds").get(1).get("id").asText();
        assertEquals(200, adminPut("solutions/" + loans + "/active-build", "{\"buildId\":\"" + build2 + "\"}").statusCode());
        grant(loans, "{\"type\":\"group\",\"name\":\"PG Archived\"}", "pg-approver");
        usage = Oidc.json(adminGet("roles/pg-approver/usage").body());
        assertEquals(1, usage.get("builds").asInt(), usage.toString());
        assertEquals(1, usage.get("grants").asInt(), usage.toString());
    }

    @Test
    void bulkMembersAreAllOrNothing() {
        enableAdminEvents();
        createOrganizationUser("bk-alice");
        createOrganizationUser("bk-bob");
        String group = createGroup("BK Team");
        HttpResponse<String> refused = adminPost("groups/" + group + "/members/bulk",
                "{\"members\":[\"bk-alice\",\"bk-bob@organization.example\",\"bk-nobody\",\"nobody@x.example\"]}");
        assertField(refused, 400, "members");
        assertEquals(List.of("bk-nobody", "nobody@x.example"), texts(Oidc.json(refused.body()).get("unknown")));
        assertEquals("members: unknown users: bk-nobody, nobody@x.example", Oidc.json(refused.body()).get("error").asText());
        assertTrue(Oidc.json(adminGet("groups/" + group + "/members").body()).isEmpty(), "nothing was added");

        HttpResponse<String> added = adminPost("groups/" + group + "/members/bulk",
                "{\"members\":[\"bk-alice\",\"bk-bob@organization.example\"]}");
        assertEquals(200, added.statusCode(), added.body());
        assertEquals(List.of("bk-alice", "bk-bob"), texts(Oidc.json(added.body()).get("added")));
        JsonNode again = Oidc.json(adminPost("groups/" + group + "/members/bulk", "{\"members\":[\"BK-ALICE\"]}").body());
        assertEquals(List.of(), texts(again.get("added")));
        assertEquals(List.of("bk-alice"), texts(again.get("alreadyMembers")));
        assertEquals(1, customAdminEvents("CREATE", "runtime-access/groups/" + group + "/members/bulk").size(),
                "one admin event for the call that added two");

        assertEquals(List.of("bk-bob"), usernames(adminGet("groups/" + group + "/members?search=BOB")));
        assertEquals(2, usernames(adminGet("groups/" + group + "/members?search=organization.example")).size());
        assertEquals(1, usernames(adminGet("groups/" + group + "/members?max=1")).size());
        assertField(adminGet("groups/" + group + "/members?max=0"), 400, "max");
        assertField(adminPost("groups/" + group + "/members/bulk", "{\"members\":\"bk-alice\"}"), 400, "members");
        assertField(adminPost("groups/" + group + "/members/bulk", "{\"members\":[\"ok\",7]}"), 400, "members[1]");
        assertEquals(403, call("POST", "groups/" + group + "/members/bulk", viewerToken(), "{\"members\":[\"bk-alice\"]}")
                .statusCode(), "a view-only admin may not add members");
        assertEquals(403, call("GET", "roles/user/usage", plainUserToken(), null).statusCode());
    }

    @Test
    void explainShowsEveryGrantWithWhyAndTheTokensClaims() {
        String eve = createOrganizationUser("ex-eve");
        UserRepresentation user = organization.admin().users().get(eve).toRepresentation();
        user.setAttributes(Map.of("businessFilter", List.of("EMEA", "APAC"), "designerUser", List.of("true"),
                "flowxIdPGroups", List.of("EX Team")));
        organization.admin().users().get(eve).update(user);
        String solution = createSolution("EX Claims");
        assertEquals(201, adminPost("roles", "{\"name\":\"ex-approver\"}").statusCode());
        String build2 = Oidc.json(adminPost("solutions/" + solution + "/builds",
                "{\"name\":\"2\",\"roles\":[\"user\",\"ex-approver\"],\"resources\":[]}").body()).get("id").asText();
        String build1 = Oidc.json(adminGet("solutions/" + solution).body()).get("activeBuildId").asText();
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build2 + "\"}").statusCode());
        grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "ex-approver");
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build1 + "\"}").statusCode());
        grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "user");
        String group = createGroup("EX Team");
        assertEquals(200, adminPost("groups/" + group + "/members/bulk", "{\"members\":[\"ex-eve\"]}").statusCode());
        grant(solution, "{\"type\":\"group\",\"name\":\"EX Team\"}", "user");

        JsonNode explained = explainWithExpiredGrant(solution);
        assertEquals(eve, explained.get("user").get("id").asText());
        assertTrue(explained.get("user").get("enabled").asBoolean());
        assertTrue(explained.get("designerBypass").asBoolean());
        assertEquals("direct", reasonOf(explained, "user", null));
        assertEquals("group", reasonOf(explained, "user", "EX Team"));
        assertEquals("not-in-active-policy", reasonOf(explained, "ex-approver", null));
        assertEquals("expired", reasonOf(explained, "expired", null));
        JsonNode direct = find(explained, "user", null);
        assertEquals("EX Claims", direct.get("solutionName").asText());
        assertEquals("admin", direct.get("source").asText());
        assertNotNull(direct.get("grantId").asText());

        JsonNode claims = Oidc.claims(org.passwordLogin("ex-eve", "ex-eve").get("access_token").asText());
        JsonNode shown = explained.get("claims");
        // A multivalued attribute has no order in the database (MariaDB returns it differently), so compare sets.
        assertEquals(Set.copyOf(texts(claims.get("attributes").get("runtimeGroups"))),
                Set.copyOf(texts(shown.get("runtimeGroups"))));
        assertEquals(Set.copyOf(texts(claims.get("attributes").get("businessFilters"))),
                Set.copyOf(texts(shown.get("businessFilters"))));
        assertEquals(Set.of("EMEA", "APAC"), Set.copyOf(texts(shown.get("businessFilters"))));
        assertEquals(claims.get("attributes").get("designerUser").asBoolean(), shown.get("designerUser").asBoolean());
        assertEquals(claims.get("org_id").asText(), shown.get("org_id").asText());
        assertEquals(404, adminGet("users/ex-nobody/explain").statusCode());
        assertEquals(403, call("GET", "users/ex-eve/explain", plainUserToken(), null).statusCode());
    }

    @Test
    void anAdminCheckAnswersAsTheCheckApiWithTheRoles() {
        String carl = createOrganizationUser("ck-carl");
        String solution = createSolution("CK Desk");
        grant(solution, "{\"type\":\"user\",\"id\":\"" + carl + "\"}", "user");
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"ck-carl\"},\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}";
        HttpResponse<String> asked = call("POST", "check", viewerToken(), question);
        assertEquals(200, asked.statusCode(), asked.body());
        JsonNode answer = Oidc.json(asked.body());
        JsonNode checkApi = Oidc.json(send(evaluation(checkerServiceAccountToken(), question)).body());
        assertEquals(checkApi.get("decision"), answer.get("decision"));
        assertEquals(checkApi.get("context"), answer.get("context"));
        assertTrue(answer.get("decision").asBoolean());
        assertEquals(List.of("user"), texts(answer.get("roles")));

        String denied = question.replace("\"use\"", "\"execute\"").replace("\"type\":\"solution\",\"id\":\"" + solution + "\"",
                "\"type\":\"swimlane\",\"id\":\"nowhere\",\"properties\":{\"solution\":\"" + solution + "\"}");
        JsonNode no = Oidc.json(call("POST", "check", adminToken(), denied).body());
        assertFalse(no.get("decision").asBoolean());
        assertEquals("DENY_UNKNOWN_RESOURCE", no.get("context").get("code").asText());

        assertField(call("POST", "check", adminToken(), "{\"subject\":{\"type\":\"user\"}}"), 400, "subject.id");
        assertField(call("POST", "check", adminToken(), question.replace("\"use\"", "7")), 400, "action.name");
        assertField(call("POST", "check", adminToken(), "[1]"), 400, "request");
        assertField(call("POST", "check", adminToken(), question.replace("ck-carl", "ck-nobody")), 404, "subject.id");
        assertEquals(403, call("POST", "check", plainUserToken(), question).statusCode());
    }

    /** The explanation, with a grant that expired a minute ago; made again if the clean-up took it first. */
    private JsonNode explainWithExpiredGrant(String solution) {
        String past = Instant.now().minusSeconds(60).toString();
        for (int attempt = 0; attempt < 5; attempt++) {
            grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "user", past);
            JsonNode explained = Oidc.json(adminGet("users/ex-eve/explain").body());
            if (find(explained, "expired", null) != null) {
                return explained;
            }
        }
        throw new AssertionError("the expired grant was cleaned up before every explanation");
    }

    /** The entry for {@code role} (or "expired": the first expired entry) directly ({@code group} null) or via a group. */
    private static JsonNode find(JsonNode explained, String role, String group) {
        for (JsonNode entry : explained.get("access")) {
            String via = entry.path("viaGroup").isTextual() ? entry.get("viaGroup").asText() : null;
            boolean matches = "expired".equals(role) ? "expired".equals(entry.get("reason").asText())
                    : role.equals(entry.get("role").asText()) && java.util.Objects.equals(group, via)
                            && !"expired".equals(entry.get("reason").asText());
            if (matches) {
                return entry;
            }
        }
        return null;
    }

    private static String reasonOf(JsonNode explained, String role, String group) {
        JsonNode entry = find(explained, role, group);
        assertNotNull(entry, role + " via " + group + " in " + explained);
        return entry.get("reason").asText();
    }

    private void assertConsoleClient(String realm, List<ClientRepresentation> found) {
        assertEquals(1, found.size(), "the console client in " + realm);
        ClientRepresentation client = found.get(0);
        assertTrue(client.isPublicClient());
        assertTrue(client.isStandardFlowEnabled());
        assertFalse(client.isImplicitFlowEnabled());
        assertFalse(client.isDirectAccessGrantsEnabled());
        assertFalse(client.isServiceAccountsEnabled());
        assertTrue(client.isFrontchannelLogout());
        assertEquals("S256", client.getAttributes().get("pkce.code.challenge.method"));
        assertEquals("1", client.getAttributes().get("runtime-access.console-client"));
        assertEquals("${authBaseUrl}", client.getRootUrl());
        assertEquals("/realms/" + realm + "/runtime-access/console/", client.getBaseUrl());
        assertEquals(List.of("/realms/" + realm + "/runtime-access/console/*"), client.getRedirectUris());
        assertEquals(List.of("+"), client.getWebOrigins());
    }

    private HttpResponse<String> console(String path) {
        return send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/console" + path)).GET());
    }

    private static void assertSecured(HttpResponse<String> response) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertEquals(CSP, response.headers().firstValue("Content-Security-Policy").orElse(null), where);
        assertEquals(List.of(CSP), response.headers().allValues("Content-Security-Policy"), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(null), where);
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), where);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(field, Oidc.json(response.body()).get("field").asText(), response.body());
    }

    private String managerToken() {
        return organizationAdminToken("cs-manager", "manage-users", "view-users");
    }

    private String viewerToken() {
        return organizationAdminToken("cs-viewer", "view-users");
    }

    private String plainUserToken() {
        return organizationAdminToken("cs-plain");
    }

    private String createSolution(String name) {
        HttpResponse<String> created = adminPost("solutions", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Oidc.json(created.body()).get("id").asText();
    }

    private String createGroup(String name) {
        HttpResponse<String> created = adminPost("groups", "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Oidc.json(created.body()).get("id").asText();
    }

    private void grant(String solution, String principal, String role) {
        grant(solution, principal, role, null);
    }

    private void grant(String solution, String principal, String role, String expiresAt) {
        HttpResponse<String> granted = adminPost("solutions/" + solution + "/grants", "{\"principal\":" + principal
                + ",\"role\":\"" + role + "\"" + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}");
        assertEquals(201, granted.statusCode(), granted.body());
    }

    private static List<String> names(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new java.util.ArrayList<>();
        Oidc.json(response.body()).forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> usernames(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new java.util.ArrayList<>();
        Oidc.json(response.body()).forEach(item -> names.add(item.get("username").asText()));
        return names;
    }

    private static List<String> principals(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new java.util.ArrayList<>();
        Oidc.json(response.body()).get("grants").forEach(item -> names.add(item.get("principal").get("name").asText()));
        return names;
    }
}
