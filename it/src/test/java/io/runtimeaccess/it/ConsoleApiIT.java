package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * The admin API endpoints the console calls beyond plain CRUD: paged and searched lists with role usage, all-or-
 * nothing bulk membership, the explanation of a user's access with the token's claims, and the admin check that
 * answers as the check API does.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class ConsoleApiIT extends AbstractSharingIT {

    @Test
    void listsArePagedAndSearchedAndRoleUsageIsCounted() {
        for (String role : List.of("pg-approver", "pg-auditor", "pg-zeta")) {
            assertEquals(201, adminPost("roles", "{\"name\":\"" + role + "\"}").statusCode());
        }
        assertEquals(List.of("pg-approver", "pg-auditor"), names(adminGet("roles?search=PG-&max=2")));
        assertEquals(List.of("pg-zeta"), names(adminGet("roles?search=pg-&first=2")));
        assertTrue(names(adminGet("roles")).containsAll(List.of("pg-approver", "pg-auditor", "pg-zeta")),
                "no parameters: the first page of all");
        assertRefused(adminGet("roles?max=501"), 400, "max");
        assertRefused(adminGet("roles?first=-1"), 400, "first");
        assertRefused(adminGet("solutions?search=" + "s".repeat(256)), 400, "search");
        assertEquals(200, adminGet("groups?search=" + "s".repeat(255)).statusCode(), "as long as a group's name");

        String loans = newSolution("PG Loans");
        newSolution("PG Leases");
        assertEquals(List.of("PG Leases", "PG Loans"), names(adminGet("solutions?search=pg%20l")));
        assertEquals(List.of("PG Leases"), names(adminGet("solutions?search=pg%20l&max=1")));

        String archived = endUserGroup("PG Archived");
        assertEquals(200, adminPut("groups/" + archived, "{\"archived\":true}").statusCode());
        endUserGroup("PG Active");
        assertEquals(List.of("PG Archived"), names(adminGet("groups?search=pg&archived=true")));
        assertEquals(List.of("PG Active"), names(adminGet("groups?search=pg&archived=false")));
        assertEquals(List.of("PG Active", "PG Archived"), names(adminGet("groups?search=pg")));
        assertRefused(adminGet("groups?archived=maybe"), 400, "archived");

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
        assertRefused(adminGet("solutions/" + loans + "/share?first=abc"), 400, "first");

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
        String group = endUserGroup("BK Team");
        HttpResponse<String> refused = adminPost("groups/" + group + "/members/bulk",
                "{\"members\":[\"bk-alice\",\"bk-bob@organization.example\",\"bk-nobody\",\"nobody@x.example\"]}");
        assertRefused(refused, 400, "members");
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
        assertRefused(adminGet("groups/" + group + "/members?max=0"), 400, "max");
        assertRefused(adminPost("groups/" + group + "/members/bulk", "{\"members\":\"bk-alice\"}"), 400, "members");
        assertRefused(adminPost("groups/" + group + "/members/bulk", "{\"members\":[\"ok\",7]}"), 400, "members[1]");
        assertEquals(403, adminCall("POST", "groups/" + group + "/members/bulk", viewerToken(), "{\"members\":[\"bk-alice\"]}")
                .statusCode(), "a view-only admin may not add members");
        assertEquals(403, adminCall("GET", "roles/user/usage", plainUserToken(), null).statusCode());
    }

    /** Members added in one call share their instant; pages must still neither repeat nor skip one. */
    @Test
    void membersAddedTogetherPageWithoutRepeatsOrGaps() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            names.add("mpage-user-" + i);
            createOrganizationUser("mpage-user-" + i);
        }
        String group = endUserGroup("Member Paging");
        HttpResponse<String> added = adminPost("groups/" + group + "/members/bulk",
                "{\"members\":[\"" + String.join("\",\"", names) + "\"]}");
        assertEquals(200, added.statusCode(), added.body());
        List<String> whole = usernames(adminGet("groups/" + group + "/members?max=100"));
        assertEquals(Set.copyOf(names), Set.copyOf(whole));
        List<String> paged = new java.util.ArrayList<>();
        for (int first = 0; first < names.size(); first += 5) {
            paged.addAll(usernames(adminGet("groups/" + group + "/members?first=" + first + "&max=5")));
        }
        assertEquals(whole, paged, "page by page, the same members in the same order as in one page");
    }

    @Test
    void explainShowsEveryGrantWithWhyAndTheTokensClaims() {
        String eve = createOrganizationUser("ex-eve");
        UserRepresentation user = organization.admin().users().get(eve).toRepresentation();
        user.setAttributes(Map.of("businessFilter", List.of("EMEA", "APAC"), "designerUser", List.of("true"),
                "flowxIdPGroups", List.of("EX Team")));
        organization.admin().users().get(eve).update(user);
        String solution = newSolution("EX Claims");
        assertEquals(201, adminPost("roles", "{\"name\":\"ex-approver\"}").statusCode());
        String build2 = Oidc.json(adminPost("solutions/" + solution + "/builds",
                "{\"name\":\"2\",\"roles\":[\"user\",\"ex-approver\"],\"resources\":[]}").body()).get("id").asText();
        String build1 = Oidc.json(adminGet("solutions/" + solution).body()).get("activeBuildId").asText();
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build2 + "\"}").statusCode());
        grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "ex-approver");
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build1 + "\"}").statusCode());
        grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "user");
        String group = endUserGroup("EX Team");
        assertEquals(200, adminPost("groups/" + group + "/members/bulk", "{\"members\":[\"ex-eve\"]}").statusCode());
        grant(solution, "{\"type\":\"group\",\"name\":\"EX Team\"}", "user");

        JsonNode explained = explainWithExpiredGrant(solution);
        assertEquals(eve, explained.get("user").get("id").asText());
        assertTrue(explained.get("user").get("enabled").asBoolean());
        assertTrue(explained.get("designerBypass").asBoolean());
        assertEquals("direct", reasonOf(explained, "user", null));
        assertEquals("group", reasonOf(explained, "user", "EX Team"));
        assertEquals(group, find(explained, "user", "EX Team").get("viaGroupId").asText());
        assertFalse(find(explained, "user", null).hasNonNull("viaGroupId"));
        assertEquals("not-in-active-policy", reasonOf(explained, "ex-approver", null));
        assertEquals("expired", reasonOf(explained, "expired", null));
        JsonNode direct = find(explained, "user", null);
        assertEquals("EX Claims", direct.get("solutionName").asText());
        assertEquals("admin", direct.get("source").asText());
        assertTrue(direct.get("grantId").isTextual() && !direct.get("grantId").asText().isBlank(), direct.toString());

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
        assertEquals(403, adminCall("GET", "users/ex-eve/explain", plainUserToken(), null).statusCode());
    }

    @Test
    void anAdminCheckAnswersAsTheCheckApiWithTheRoles() {
        String carl = createOrganizationUser("ck-carl");
        String solution = newSolution("CK Desk");
        grant(solution, "{\"type\":\"user\",\"id\":\"" + carl + "\"}", "user");
        String question = "{\"subject\":{\"type\":\"user\",\"id\":\"ck-carl\"},\"action\":{\"name\":\"use\"},"
                + "\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}";
        HttpResponse<String> asked = adminCall("POST", "check", viewerToken(), question);
        assertEquals(200, asked.statusCode(), asked.body());
        JsonNode answer = Oidc.json(asked.body());
        JsonNode checkApi = Oidc.json(send(evaluation(checkerServiceAccountToken(), question)).body());
        assertEquals(checkApi.get("decision"), answer.get("decision"));
        assertEquals(checkApi.get("context"), answer.get("context"));
        assertTrue(answer.get("decision").asBoolean());
        assertEquals(List.of("user"), texts(answer.get("roles")));

        String denied = question.replace("\"use\"", "\"execute\"").replace("\"type\":\"solution\",\"id\":\"" + solution + "\"",
                "\"type\":\"swimlane\",\"id\":\"nowhere\",\"properties\":{\"solution\":\"" + solution + "\"}");
        JsonNode no = Oidc.json(adminCall("POST", "check", adminToken(), denied).body());
        assertFalse(no.get("decision").asBoolean());
        assertEquals("DENY_UNKNOWN_RESOURCE", no.get("context").get("code").asText());

        assertRefused(adminCall("POST", "check", adminToken(), "{\"subject\":{\"type\":\"user\"}}"), 400, "subject.id");
        assertRefused(adminCall("POST", "check", adminToken(), question.replace("\"use\"", "7")), 400, "action.name");
        assertRefused(adminCall("POST", "check", adminToken(), "[1]"), 400, "request");
        assertRefused(adminCall("POST", "check", adminToken(), question.replace("ck-carl", "ck-nobody")), 404, "subject.id");
        assertEquals(403, adminCall("POST", "check", plainUserToken(), question).statusCode());
    }

    /**
     * The explanation, with a grant that has just expired (one cannot be made already expired); made again if the
     * clean-up took it first.
     */
    private JsonNode explainWithExpiredGrant(String solution) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant end = Instant.now().plusMillis(1_500);
            grant(solution, "{\"type\":\"user\",\"name\":\"ex-eve\"}", "user", end.toString());
            sleep(Math.max(0, end.toEpochMilli() - System.currentTimeMillis()) + 100);
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

    private String viewerToken() {
        return organizationAdminToken("cs-viewer", "view-users");
    }

    private String plainUserToken() {
        return organizationAdminToken("cs-plain");
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
