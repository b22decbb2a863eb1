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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Separation of duties on a real Keycloak: the detective scan finds each seeded violation exactly once and none
 * in a clean realm; the sharing admin API and Keycloak's own role and group assignments refuse a violating change
 * with 409 naming the rule; warn rules let it through and record it; an override needs a justification and is
 * audited twice (the change's admin event and the SoD event). The realm is shared with other test classes, so
 * every name here starts with "sod" and every rule is deleted after each test.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class SeparationOfDutiesIT extends AbstractSharingIT {

    /** The roles every payments solution here offers besides the default one. */
    private static final String[] PAYMENT_ROLES = {"sod-approver", "sod-creator", "sod-auditor"};

    /** Before as well: another class (the console's journey) may have left a rule in the shared realm. */
    @BeforeEach
    @AfterEach
    void deleteRules() {
        deleteSodRules("");
    }

    @Test
    void scanFindsEachSeededViolationOnceAndNoneInACleanRealm() {
        String solution = solution("SoD Scan Payments", PAYMENT_ROLES);
        String approver = grantKey(solution, "sod-approver");
        String creator = grantKey(solution, "sod-creator");
        String ann = createOrganizationUser("sod-ann");
        grantToUser(solution, "sod-ann", "sod-approver");
        grantToUser(solution, "sod-ann", "sod-creator");
        String ben = createOrganizationUser("sod-ben");
        grantToUser(solution, "sod-ben", "sod-approver");
        String creators = endUserGroup("SoD Scan Creators");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + creators + "\"},\"role\":\"sod-creator\"}").statusCode());
        assertEquals(201, adminPost("groups/" + creators + "/members", "{\"username\":\"sod-ben\"}").statusCode());
        createOrganizationUser("sod-dan");
        grantToUser(solution, "sod-dan", "sod-approver");
        // Keycloak roles: one mapped directly, the other through a Keycloak group.
        RoleRepresentation kcA = realmRole("sod-scan-a");
        RoleRepresentation kcB = realmRole("sod-scan-b");
        String cat = createOrganizationUser("sod-cat");
        organization.admin().users().get(cat).roles().realmLevel().add(List.of(kcA));
        String group = keycloakGroup("sod-scan-group");
        organization.admin().groups().group(group).roles().realmLevel().add(List.of(kcB));
        organization.admin().users().get(cat).joinGroup(group);

        String payments = sodRule("SoD scan payments", "global", null, List.of(approver, creator), "prevent", true);
        String roles = sodRule("SoD scan roles", "global", null, List.of("realm-role:sod-scan-a",
                "realm-role:sod-scan-b"), "warn", true);
        sodRule("SoD scan disabled", "global", null, List.of(approver, creator), "prevent", false);
        sodRule("SoD scan solution", "solution", solution, List.of(approver, grantKey(solution, "sod-auditor")),
                "warn", true);

        HttpResponse<String> scanned = adminGet(SOD + "violations");
        assertEquals(200, scanned.statusCode(), scanned.body());
        List<String> found = new ArrayList<>();
        for (JsonNode violation : Oidc.json(scanned.body())) {
            found.add(violation.get("ruleId").asText() + "/" + violation.get("userId").asText());
            if (violation.get("userId").asText().equals(ben)) {
                assertEquals("sod-ben", violation.get("username").asText());
                assertEquals(List.of(approver, creator), texts(violation.get("itemKeys")), "through the group too");
            }
        }
        assertEquals(3, found.size(), "each violation once: " + scanned.body());
        assertEquals(Set.of(payments + "/" + ann, payments + "/" + ben, roles + "/" + cat), Set.copyOf(found),
                scanned.body());

        String clean = "sod-clean";
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(clean);
        realm.setEnabled(true);
        admin.realms().create(realm);
        try {
            RoleRepresentation x = new RoleRepresentation();
            x.setName("x");
            admin.realm(clean).roles().create(x);
            UserRepresentation user = new UserRepresentation();
            user.setUsername("only-x");
            user.setEnabled(true);
            admin.realm(clean).users().create(user).close();
            String id = admin.realm(clean).users().searchByUsername("only-x", true).get(0).getId();
            admin.realm(clean).users().get(id).roles().realmLevel().add(List.of(admin.realm(clean).roles().get("x")
                    .toRepresentation()));
            assertEquals(201, adminCall(clean, "POST", SOD + "rules", adminToken(),
                    "{\"name\":\"x and y\",\"itemKeys\":[\"realm-role:x\",\"realm-role:y\"]}").statusCode());
            HttpResponse<String> none = adminCall(clean, "GET", SOD + "violations", adminToken(), null);
            assertEquals("[]", none.body().replace(" ", ""), "a clean realm has no violation");
            assertEquals(0, Oidc.json(adminGet(SOD + "violations").body()).findValues("userId").stream()
                    .filter(u -> u.asText().equals(id)).count(), "nothing crosses realms");
        } finally {
            admin.realm(clean).remove();
        }
    }

    @Test
    void preventRuleRefusesSharingChangesWith409UnlessOverriddenWithAJustification() {
        enableAdminEvents();
        String solution = solution("SoD Prevent Payments", PAYMENT_ROLES);
        String rule = sodRule("SoD prevent payments", "global", null,
                List.of(grantKey(solution, "sod-approver"), grantKey(solution, "sod-creator")), "prevent", true);
        String eve = createOrganizationUser("sod-eve");
        grantToUser(solution, "sod-eve", "sod-approver");

        String body = "{\"principal\":{\"type\":\"user\",\"name\":\"sod-eve\"},\"role\":\"sod-creator\"";
        HttpResponse<String> refused = adminPost("solutions/" + solution + "/grants", body + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        JsonNode answer = Oidc.json(refused.body());
        assertEquals("sod_violation", answer.get("error").asText());
        assertEquals("sodOverride", answer.get("field").asText());
        assertEquals(rule, answer.get("rule").get("id").asText());
        assertEquals("SoD prevent payments", answer.get("rule").get("name").asText());
        assertEquals(List.of(grantKey(solution, "sod-approver"), grantKey(solution, "sod-creator")),
                texts(answer.get("itemKeys")));
        assertEquals(1, Oidc.json(adminGet("users/sod-eve/access").body()).size(), "nothing was written");
        assertEquals(400, adminPost("solutions/" + solution + "/grants", body + ",\"sodOverride\":\"  \"}")
                .statusCode());
        assertEquals(400, adminPost("solutions/" + solution + "/grants", body + ",\"sodOverride\":\""
                + "x".repeat(501) + "\"}").statusCode());

        HttpResponse<String> overridden = adminPost("solutions/" + solution + "/grants",
                body + ",\"sodOverride\":\"Month-end cover approved by the finance lead\"}");
        assertEquals(201, overridden.statusCode(), overridden.body());
        assertEquals(2, Oidc.json(adminGet("users/sod-eve/access").body()).size());
        List<JsonNode> events = sodEvents(eve);
        assertEquals(List.of("overridden", "refused"), events.stream().map(e -> e.get("outcome").asText()).toList());
        assertEquals("Month-end cover approved by the finance lead", events.get(0).get("justification").asText());
        assertEquals(grantKey(solution, "sod-creator"), events.get(0).get("itemKey").asText());
        assertFalse(events.get(0).get("adminId").isNull(), "the admin is recorded");
        List<AdminEventRepresentation> audit = customAdminEvents("ACTION", "runtime-access/governance/sod/events/"
                + events.get(0).get("id").asText());
        assertEquals(1, audit.size(), "the override is an admin event");
        assertTrue(audit.get(0).getRepresentation().contains("Month-end cover approved by the finance lead"));
        assertTrue(audit.get(0).getRepresentation().contains("\"outcome\":\"overridden\""));
        assertEquals(events.get(0).get("adminId").asText(), audit.get(0).getAuthDetails().getUserId());
        assertTrue(Oidc.json(overridden.body()).get("sodOverride").asText().startsWith("Month-end"), "echoed");

        // A membership brings the group's grants; a grant to a group reaches every member.
        String creators = endUserGroup("SoD Prevent Creators");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + creators + "\"},\"role\":\"sod-creator\"}").statusCode());
        createOrganizationUser("sod-fay");
        grantToUser(solution, "sod-fay", "sod-approver");
        HttpResponse<String> member = adminPost("groups/" + creators + "/members", "{\"username\":\"sod-fay\"}");
        assertEquals(409, member.statusCode(), member.body());
        assertTrue(member.body().contains("SoD prevent payments"), member.body());
        createOrganizationUser("sod-ida");
        HttpResponse<String> bulk = adminPost("groups/" + creators + "/members/bulk",
                "{\"members\":[\"sod-ida\",\"sod-fay\"]}");
        assertEquals(409, bulk.statusCode(), bulk.body());
        assertEquals(0, Oidc.json(adminGet("groups/" + creators + "/members").body()).size(), "nothing was added");
        String approvers = endUserGroup("SoD Prevent Approvers");
        assertEquals(201, adminPost("groups/" + approvers + "/members", "{\"username\":\"sod-fay\"}").statusCode());
        HttpResponse<String> groupGrant = adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"group\",\"id\":\"" + approvers + "\"},\"role\":\"sod-creator\"}");
        assertEquals(409, groupGrant.statusCode(), "fay would hold both through the group: " + groupGrant.body());

        // An archived group gives its members nothing in a check, so joining it breaks no rule.
        assertEquals(200, adminPut("groups/" + creators, "{\"archived\":true}").statusCode());
        HttpResponse<String> archived = adminPost("groups/" + creators + "/members", "{\"username\":\"sod-fay\"}");
        assertEquals(201, archived.statusCode(), archived.body());
        // Unarchiving gives fay the group's grant back: refused like joining, and nothing changes, unless overridden.
        HttpResponse<String> unarchive = adminPut("groups/" + creators, "{\"archived\":false,\"description\":\"back\"}");
        assertEquals(409, unarchive.statusCode(), unarchive.body());
        assertTrue(unarchive.body().contains("SoD prevent payments"), unarchive.body());
        JsonNode still = Oidc.json(adminGet("groups/" + creators).body());
        assertTrue(still.get("archived").asBoolean(), "still archived: " + still);
        assertFalse(still.has("description") && "back".equals(still.get("description").asText()), still.toString());
        assertEquals(200, adminPut("groups/" + creators, "{\"archived\":false,"
                + "\"sodOverride\":\"Creators cover the approvers during the audit\"}").statusCode());
        assertFalse(Oidc.json(adminGet("groups/" + creators).body()).get("archived").asBoolean());
    }

    @Test
    void anImportIsRefusedByAPreventiveRuleBeforeAnythingIsWritten() {
        String solution = solution("SoD Import Payments", PAYMENT_ROLES);
        sodRule("SoD import payments", "global", null,
                List.of(grantKey(solution, "sod-approver"), grantKey(solution, "sod-creator")), "prevent", true);
        createOrganizationUser("sod-ivy");
        grantToUser(solution, "sod-ivy", "sod-approver");
        String grant = "{\"solution\":\"SoD Import Payments\",\"principalType\":\"user\",\"principal\":\"sod-ivy\","
                + "\"role\":\"sod-creator\"}";
        HttpResponse<String> refused = adminPost("import", "{\"format\":1,\"groups\":[{\"name\":\"SoD Import Team\"}],"
                + "\"grants\":[" + grant + "]}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("SoD import payments", Oidc.json(refused.body()).get("rule").get("name").asText());
        assertEquals(1, Oidc.json(adminGet("users/sod-ivy/access").body()).size(), "no grant was written");
        assertEquals(0, Oidc.json(adminGet("groups?search=SoD%20Import%20Team").body()).size(), "nor the group");

        // a membership brings the group's grants, as through the admin API
        String creators = endUserGroup("SoD Import Creators");
        assertEquals(201, adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"id\":\""
                + creators + "\"},\"role\":\"sod-creator\"}").statusCode());
        HttpResponse<String> joining = adminPost("import", "{\"format\":1,\"groups\":[{\"name\":\"SoD Import Creators\","
                + "\"members\":[\"sod-ivy\"]}]}");
        assertEquals(409, joining.statusCode(), joining.body());
        assertEquals(0, Oidc.json(adminGet("groups/" + creators + "/members").body()).size(), "nobody joined");

        // the two halves of the pair from two parts of one document: a direct grant and a membership
        createOrganizationUser("sod-ivo");
        HttpResponse<String> split = adminPost("import", "{\"format\":1,\"groups\":[{\"name\":\"SoD Import Creators\","
                + "\"members\":[\"sod-ivo\"]}],\"grants\":[" + grant.replace("sod-ivy", "sod-ivo")
                .replace("sod-creator", "sod-approver") + "]}");
        assertEquals(409, split.statusCode(), split.body());
        assertEquals(0, Oidc.json(adminGet("users/sod-ivo/access").body()).size(), "neither half was written");
    }

    @Test
    void warnRuleAllowsTheChangeAndRecordsIt() {
        enableAdminEvents();
        String solution = solution("SoD Warn Payments", PAYMENT_ROLES);
        sodRule("SoD warn payments", "solution", solution,
                List.of(grantKey(solution, "sod-auditor"), grantKey(solution, "sod-creator")), "warn", true);
        String gil = createOrganizationUser("sod-gil");
        grantToUser(solution, "sod-gil", "sod-auditor");
        assertEquals(201, adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"sod-gil\"},\"role\":\"sod-creator\"}").statusCode());
        List<JsonNode> events = sodEvents(gil);
        assertEquals(1, events.size());
        assertEquals("warned", events.get(0).get("outcome").asText());
        assertEquals("SoD warn payments", events.get(0).get("ruleName").asText());
        assertEquals(1, customAdminEvents("ACTION", "runtime-access/governance/sod/events/"
                + events.get(0).get("id").asText()).size(), "the warning is an admin event");
    }

    /** A client role whose name holds a colon (orders:approve) is found by its key like any other. */
    @Test
    void aClientRoleWithAColonInItsNameIsGuarded() {
        ClientRepresentation app = new ClientRepresentation();
        app.setClientId("sod-colon-app");
        organization.admin().clients().create(app).close();
        String appId = organization.admin().clients().findByClientId("sod-colon-app").get(0).getId();
        try {
            organization.admin().clients().get(appId).roles().create(new RoleRepresentation("orders:approve", null,
                    false));
            RoleRepresentation approve = organization.admin().clients().get(appId).roles().get("orders:approve")
                    .toRepresentation();
            RoleRepresentation pay = realmRole("sod-colon-pay");
            sodRule("SoD colon", "global", null, List.of("client-role:sod-colon-app:orders:approve",
                    "realm-role:sod-colon-pay"), "prevent", true);
            String kit = createOrganizationUser("sod-kit");
            organization.admin().users().get(kit).roles().clientLevel(appId).add(List.of(approve));
            HttpResponse<String> refused = send(keycloakAdmin("users/" + kit + "/role-mappings/realm")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"id\":\"" + pay.getId() + "\",\"name\":"
                            + "\"sod-colon-pay\"}]")));
            assertEquals(409, refused.statusCode(), refused.body());
            assertFalse(realmRoles(kit).contains("sod-colon-pay"), "the mapping was rolled back");
        } finally {
            organization.admin().clients().get(appId).remove();
        }
    }

    @Test
    void keycloakRoleAndGroupAssignmentsAreRefusedAndRolledBack() {
        RoleRepresentation x = realmRole("sod-kc-x");
        RoleRepresentation y = realmRole("sod-kc-y");
        String rule = sodRule("SoD keycloak roles", "global", null,
                List.of("realm-role:sod-kc-x", "realm-role:sod-kc-y"), "prevent", true);
        String hal = createOrganizationUser("sod-hal");
        organization.admin().users().get(hal).roles().realmLevel().add(List.of(x));

        HttpResponse<String> refused = send(keycloakAdmin("users/" + hal + "/role-mappings/realm")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"id\":\"" + y.getId() + "\",\"name\":\"sod-kc-y\"}]")));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals(rule, Oidc.json(refused.body()).get("rule").get("id").asText());
        assertFalse(realmRoles(hal).contains("sod-kc-y"), "the mapping was rolled back");

        String group = keycloakGroup("sod-kc-group");
        organization.admin().groups().group(group).roles().realmLevel().add(List.of(y));
        HttpResponse<String> joined = send(keycloakAdmin("users/" + hal + "/groups/" + group)
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, joined.statusCode(), joined.body());
        assertTrue(organization.admin().users().get(hal).groups().isEmpty(), "the membership was rolled back");
        assertEquals(List.of("refused", "refused"), sodEvents(hal).stream().map(e -> e.get("outcome").asText()).toList());
    }

    /**
     * A rule names Keycloak roles by name: renaming one in Keycloak leaves the rule naming a role that no longer
     * exists, which nobody can hold. The rule says so, listing the key an admin must fix.
     */
    @Test
    void aRuleListsTheKeysThatNoLongerNameARole() {
        realmRole("sod-rn-create");
        RoleRepresentation approve = realmRole("sod-rn-approve");
        String rule = sodRule("SoD renamed", "global", null,
                List.of("realm-role:sod-rn-create", "realm-role:sod-rn-approve"), "prevent", true);
        assertEquals(0, Oidc.json(adminGet(SOD + "rules/" + rule).body()).get("unresolvedKeys").size());
        approve.setName("sod-rn-approve-renamed");
        organization.admin().rolesById().updateRole(approve.getId(), approve);
        JsonNode renamed = Oidc.json(adminGet(SOD + "rules/" + rule).body());
        assertEquals("[\"realm-role:sod-rn-approve\"]", renamed.get("unresolvedKeys").toString(), renamed.toString());
        JsonNode listed = null;
        for (JsonNode each : Oidc.json(adminGet(SOD + "rules").body())) {
            listed = each.get("id").asText().equals(rule) ? each : listed;
        }
        assertEquals(renamed.get("unresolvedKeys"), listed.get("unresolvedKeys"), "the list says it too");
    }

    /**
     * Two rules named alike ("Pay" and "pay") saved at the same moment: rule changes take turns, so the second finds
     * the first's name and is a 409 naming {@code name}, not a second rule. The realm's governance settings row is
     * held until both requests wait for it.
     */
    @Test
    void twoRulesNamedAlikeAtOnceMakeOne() throws Exception {
        assertEquals(200, adminPut("governance/settings", "{\"mode\":\"report\"}").statusCode());
        String realmId = organization.admin().toRepresentation().getId();
        String token = adminToken();
        List<Integer> statuses = new ArrayList<>();
        try (Connection held = TestDatabase.holdingRow("RA_GOV_SETTINGS", "REALM_ID", realmId)) {
            assumeTrue(held != null, "needs a database the test can reach");
            List<CompletableFuture<HttpResponse<String>>> creates = new ArrayList<>();
            for (String name : List.of("SOD Twin", "sod twin")) {
                creates.add(CompletableFuture.supplyAsync(() -> adminCall("POST", SOD + "rules", token, "{\"name\":\""
                        + name + "\",\"scope\":\"global\",\"itemKeys\":[\"realm-role:sod-twin-a\","
                        + "\"realm-role:sod-twin-b\"],\"mode\":\"warn\",\"enabled\":true}")));
            }
            TestDatabase.awaitLockWaiters(2);
            held.commit();
            creates.forEach(create -> statuses.add(create.join().statusCode()));
        }
        statuses.sort(Integer::compare);
        assertEquals(List.of(201, 409), statuses, "one rule; the other refused naming the name taken");
    }

    @Test
    void badRulesAre400NamingTheFieldAndViewersCannotChangeThem() {
        String solution = solution("SoD Bad Payments", PAYMENT_ROLES);
        String good = "\"itemKeys\":[\"realm-role:a\",\"group:b\"]";
        assertField("name", "{" + good + "}");
        assertField("name", "{\"name\":\"" + "n".repeat(101) + "\"," + good + "}");
        assertField("itemKeys", "{\"name\":\"SoD bad\",\"itemKeys\":[\"realm-role:a\"]}");
        assertField("itemKeys[1]", "{\"name\":\"SoD bad\",\"itemKeys\":[\"realm-role:a\",\"role:b\"]}");
        assertField("itemKeys[1]", "{\"name\":\"SoD bad\",\"itemKeys\":[\"realm-role:a\",\"grant:only-solution\"]}");
        assertField("itemKeys[1]", "{\"name\":\"SoD bad\",\"itemKeys\":[\"realm-role:a\",\"realm-role:a\"]}");
        assertField("scope", "{\"name\":\"SoD bad\",\"scope\":\"realm\"," + good + "}");
        assertField("mode", "{\"name\":\"SoD bad\",\"mode\":\"block\"," + good + "}");
        assertField("solutionId", "{\"name\":\"SoD bad\",\"scope\":\"solution\"," + good + "}");
        assertField("solutionId", "{\"name\":\"SoD bad\",\"scope\":\"solution\",\"solutionId\":\"nope\","
                + "\"itemKeys\":[\"grant:nope:a\",\"grant:nope:b\"]}");
        assertField("itemKeys[0]", "{\"name\":\"SoD bad\",\"scope\":\"solution\",\"solutionId\":\"" + solution
                + "\",\"itemKeys\":[\"grant:other:a\",\"" + grantKey(solution, "b") + "\"]}");
        assertField("enabled", "{\"name\":\"SoD bad\",\"enabled\":\"yes\"," + good + "}");
        assertEquals(0, Oidc.json(adminGet(SOD + "rules").body()).size(), "nothing was stored");

        String id = sodRule("SoD good", "global", null, List.of("realm-role:a", "group:b"), "warn", true);
        assertEquals(409, adminPost(SOD + "rules", "{\"name\":\"sod GOOD\"," + good + "}").statusCode());
        assertEquals(404, adminGet(SOD + "rules/unknown").statusCode());
        HttpResponse<String> updated = adminPut(SOD + "rules/" + id, "{\"name\":\"SoD better\",\"mode\":\"prevent\","
                + good + "}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("prevent", Oidc.json(adminGet(SOD + "rules/" + id).body()).get("mode").asText());

        String viewer = organizationAdminToken("sod-viewer", "view-users");
        assertEquals(200, adminCall("GET", SOD + "rules", viewer, null).statusCode());
        assertEquals(200, adminCall("GET", SOD + "violations", viewer, null).statusCode());
        assertEquals(403, adminCall("POST", SOD + "rules", viewer, "{\"name\":\"SoD viewer\"," + good + "}")
                .statusCode());
        assertEquals(403, adminCall("PUT", SOD + "rules/" + id, viewer, "{\"name\":\"SoD viewer\"," + good + "}")
                .statusCode());
        assertEquals(403, adminCall("DELETE", SOD + "rules/" + id, viewer, null).statusCode());
    }

    private void assertField(String field, String body) {
        assertBadRequest(adminPost(SOD + "rules", body), field);
    }

    private String keycloakGroup(String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        organization.admin().groups().add(group).close();
        return organization.admin().groups().groups(name, 0, 10).stream().filter(g -> g.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    private HttpRequest.Builder keycloakAdmin(String path) {
        return HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + organization.getName() + "/"
                + path)).header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json");
    }
}
