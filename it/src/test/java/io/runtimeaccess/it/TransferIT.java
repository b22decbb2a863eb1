package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** Export from one realm by name, dry-run and apply into another, apply again and nothing changes. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class TransferIT extends AbstractSharingIT {

    @Test
    void configurationMovesBetweenRealmsIdempotently() {
        createOrganizationUser("jill");
        assertEquals(201, adminPost("roles", "{\"name\":\"reviewer\"}").statusCode());
        String solution = solutionWithBuild("Exported", "{\"name\":\"2\",\"roles\":[\"user\",\"reviewer\"],"
                + "\"resources\":[{\"name\":\"review\",\"kind\":\"ui-flow\",\"permissions\":{\"interact\":[\"reviewer\"]}}]}");
        String group = Oidc.json(adminPost("groups", "{\"name\":\"Export Team\",\"attributes\":{\"site\":\"Cluj\"}}")
                .body()).get("id").asText();
        adminPost("groups/" + group + "/members", "{\"username\":\"jill\"}");
        adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"name\":\"Export Team\"},"
                + "\"role\":\"reviewer\"}");
        adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"jill\"},"
                + "\"role\":\"user\",\"reason\":\"pilot\"}");
        assertEquals(201, adminPost("solutions/" + solution + "/owners", "{\"username\":\"jill\"}").statusCode());
        assertEquals(201, adminPost("groups/" + group + "/owners", "{\"username\":\"jill\"}").statusCode());

        ObjectNode doc = onlyExported(Oidc.json(adminGet("export").body()));
        assertEquals(List.of("jill"), texts(doc.get("solutions").get(0).get("owners")));
        assertEquals(List.of("jill"), texts(doc.get("groups").get(0).get("owners")));
        createCustomerUser("jill", List.of(), Map.of());

        JsonNode dryRun = Oidc.json(importInto("customer-idp", doc, true).body());
        assertTrue(dryRun.get("dryRun").asBoolean());
        List<String> planned = texts(dryRun.get("created"));
        assertTrue(planned.containsAll(List.of("role reviewer", "solution Exported", "build Exported/2",
                "group Export Team", "member Export Team/jill", "owner solution Exported/jill",
                "owner group Export Team/jill")), planned.toString());
        assertEquals(0, Oidc.json(customerAdminGet("solutions").body()).size(), "a dry run writes nothing");

        HttpResponse<String> applied = importInto("customer-idp", doc, false);
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(Oidc.json(applied.body()).get("applied").asBoolean());
        JsonNode again = Oidc.json(importInto("customer-idp", doc, false).body());
        assertEquals(0, again.get("created").size(), "applying twice changes nothing: " + again);
        assertEquals(0, again.get("updated").size(), again.toString());

        JsonNode copied = Oidc.json(customerAdminGet("solutions").body()).get(0);
        assertEquals("Exported", copied.get("name").asText());
        JsonNode share = Oidc.json(customerAdminGet("solutions/" + copied.get("id").asText() + "/share").body());
        assertEquals("2", share.get("activeBuildName").asText());
        assertEquals(2, share.get("grants").size());
        JsonNode jillAccess = Oidc.json(customerAdminGet("users/jill/access").body());
        assertEquals(2, jillAccess.size(), "direct user role and the group's reviewer role: " + jillAccess);
        JsonNode owners = Oidc.json(customerAdminGet("solutions/" + copied.get("id").asText() + "/owners").body());
        assertEquals(1, owners.size(), owners.toString());
        assertEquals("jill", owners.get(0).get("username").asText());
        String copiedGroup = Oidc.json(customerAdminGet("groups?search=Export%20Team").body()).get(0).get("id").asText();
        assertEquals("jill", Oidc.json(customerAdminGet("groups/" + copiedGroup + "/owners").body()).get(0)
                .get("username").asText());
    }

    @Test
    void importWithUnknownUserWritesNothing() {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("roles").addObject().put("name", "ghost-role");
        ObjectNode group = doc.putArray("groups").addObject();
        group.put("name", "Ghosts");
        group.putArray("members").add("nobody-here");
        HttpResponse<String> rejected = importInto(organization.getName(), doc, false);
        assertEquals(400, rejected.statusCode());
        assertTrue(rejected.body().contains("no user 'nobody-here'"), rejected.body());
        assertFalse(adminGet("roles").body().contains("ghost-role"), "nothing was written");
    }

    @Test
    void everyProblemIsReportedByTheDryRunAndNothingIsApplied() {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        ArrayNode roles = doc.putArray("roles");
        roles.addObject().put("name", "plan-role");
        roles.addObject().put("name", "wordy-role").put("description", "d".repeat(2000));
        ObjectNode solution = doc.putArray("solutions").addObject();
        solution.put("name", "Twice Built").put("activeBuild", "1");
        ArrayNode builds = solution.putArray("builds");
        builds.addObject().put("name", "1").putArray("roles").add("plan-role");
        builds.addObject().put("name", "1").putArray("roles");
        solution.putArray("owners").add("no-such-owner");
        ObjectNode group = doc.putArray("groups").addObject();
        group.put("name", "Capped Team");
        ObjectNode attributes = group.putObject("attributes");
        for (int i = 0; i < 51; i++) {
            attributes.put("a" + i, "v");
        }
        ArrayNode grants = doc.putArray("grants");
        grants.addObject().put("solution", "Twice Built").put("principalType", "group").put("principal", "Capped Team")
                .put("role", "plan-role").put("expiresAt", "soon");
        grants.addObject().put("solution", "Twice Built").put("principalType", "group").put("principal", "Capped Team")
                .put("role", "plan-role").put("source", "forged");

        for (boolean dryRun : new boolean[] {true, false}) {
            HttpResponse<String> refused = importInto(organization.getName(), doc, dryRun);
            assertEquals(400, refused.statusCode(), refused.body());
            List<String> problems = texts(Oidc.json(refused.body()).get("problems"));
            for (String expected : List.of("builds: Twice Built/1 appears twice", "roles.description:",
                    "groups.attributes:", "grants.expiresAt:", "grants.source: 'forged'",
                    "solutions.owners: no user 'no-such-owner'")) {
                assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " in " + problems);
            }
        }
        assertFalse(adminGet("roles").body().contains("plan-role"), "nothing was written");
        assertFalse(adminGet("solutions").body().contains("Twice Built"), "nothing was written");
    }

    /**
     * Role names the database counts as one (MariaDB's collation ignores case): an existing role's other-case name is
     * a problem in the plan, and two such names in one document a problem of the apply (400 with the plan), never Keycloak's generic 409; on
     * PostgreSQL and H2 they are different roles and are created.
     */
    @Test
    void roleNamesTheDatabaseCountsAsOneAreAProblemNotAServerError() {
        boolean caseBlind = "mariadb".equals(TestDatabase.vendor());
        ObjectNode first = new ObjectMapper().createObjectNode().put("format", 1);
        first.putArray("roles").addObject().put("name", "Import Case");
        assertEquals(200, importInto(organization.getName(), first, false).statusCode());
        ObjectNode other = new ObjectMapper().createObjectNode().put("format", 1);
        other.putArray("roles").addObject().put("name", "IMPORT CASE");
        ObjectNode twins = new ObjectMapper().createObjectNode().put("format", 1);
        twins.putArray("roles").add(new ObjectMapper().createObjectNode().put("name", "Twin Case"))
                .add(new ObjectMapper().createObjectNode().put("name", "TWIN CASE"));
        HttpResponse<String> planned = importInto(organization.getName(), other, true);
        HttpResponse<String> applied = importInto(organization.getName(), other, false);
        HttpResponse<String> twinsApplied = importInto(organization.getName(), twins, false);
        if (caseBlind) {
            assertEquals(400, planned.statusCode(), planned.body());
            assertTrue(planned.body().contains("is an existing role's name as the database compares names"),
                    planned.body());
            assertEquals(400, applied.statusCode(), applied.body());
            assertEquals(400, twinsApplied.statusCode(), twinsApplied.body());
            assertTrue(twinsApplied.body().contains("are one name for the database"), twinsApplied.body());
            assertEquals(0, Oidc.json(adminGet("roles?search=twin%20case").body()).size(), "nothing was written");
        } else {
            assertEquals(200, planned.statusCode(), planned.body());
            assertEquals(200, applied.statusCode(), applied.body());
            assertEquals(200, twinsApplied.statusCode(), twinsApplied.body());
        }
    }

    /** An import may leave a solution without an Active Policy; its share view says it offers nothing. */
    @Test
    void aSolutionImportedWithoutAnActivePolicyShowsItsShareOfferingNothing() {
        ObjectNode doc = new ObjectMapper().createObjectNode().put("format", 1);
        doc.putArray("roles").addObject().put("name", "user");
        ObjectNode solution = doc.putArray("solutions").addObject().put("name", "No Policy Yet");
        solution.putArray("builds").addObject().put("name", "draft").putArray("roles").add("user");
        HttpResponse<String> applied = importInto(organization.getName(), doc, false);
        assertEquals(200, applied.statusCode(), applied.body());
        String id = Oidc.json(adminGet("solutions?search=no%20policy%20yet").body()).get(0).get("id").asText();
        HttpResponse<String> share = adminGet("solutions/" + id + "/share");
        assertEquals(200, share.statusCode(), share.body());
        JsonNode view = Oidc.json(share.body());
        assertTrue(view.path("activeBuildId").isMissingNode() || view.get("activeBuildId").isNull(), view.toString());
        assertEquals(0, view.get("offeredRoles").size());
        assertEquals(0, view.get("grants").size());
        createOrganizationUser("np-user");
        HttpResponse<String> refused = adminPost("solutions/" + id + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"np-user\"},\"role\":\"user\"}");
        assertEquals(400, refused.statusCode(), "the request sent no buildId to be a 404 about: " + refused.body());
        assertTrue(refused.body().contains("\"field\":\"role\"") && refused.body().contains("no Active Policy"),
                refused.body());
    }

    @Test
    void moreThanFiftyOwnersIsAProblemAndNothingIsWritten() {
        String solution = newSolution("Crowded");
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        ArrayNode owners = doc.putArray("solutions").addObject().put("name", "Crowded").putArray("owners");
        for (int i = 0; i < 51; i++) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername("crowd-" + i);
            user.setEnabled(true);
            organization.admin().users().create(user).close();
            owners.add("crowd-" + i);
        }
        for (boolean dryRun : new boolean[] {true, false}) {
            HttpResponse<String> refused = importInto(organization.getName(), doc, dryRun);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals(List.of("solutions.owners: solution Crowded would have more than 50 owners"),
                    texts(Oidc.json(refused.body()).get("problems")));
        }
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/owners").body()).size(), "nothing was written");
    }

    @Test
    void aMistypedDryRunIsRefusedAndWritesNothing() {
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("roles").addObject().put("name", "typo-role");
        for (String typo : List.of("1", "maybe", "yes")) {
            HttpResponse<String> refused = importWith(organization.getName(), "?dryRun=" + typo, doc);
            assertEquals(400, refused.statusCode(), typo + ": " + refused.body());
            assertEquals("dryRun", Oidc.json(refused.body()).get("field").asText());
        }
        HttpResponse<String> bare = importWith(organization.getName(), "?dryRun=", doc);
        assertEquals(200, bare.statusCode(), bare.body());
        assertTrue(Oidc.json(bare.body()).get("dryRun").asBoolean(), "an empty dryRun is a dry run");
        assertFalse(adminGet("roles").body().contains("typo-role"), "nothing was written");
    }

    @Test
    void importedGrantsNameTheImportingAdminAndCannotForgeTheirSource() {
        String importee = createOrganizationUser("importee");
        String solution = newSolution("Imported Source");
        JsonNode direct = Oidc.json(adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"importee\"},\"role\":\"user\"}").body());
        String adminId = direct.get("grantedBy").asText();
        String adminName = masterUser(adminId).getUsername();
        assertEquals(adminName, direct.get("grantedByUsername").asText(), "the master realm's admin, by username");
        assertEquals(204, adminDelete("solutions/" + solution + "/grants/" + direct.get("id").asText()).statusCode());

        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("grants").addObject().put("solution", "Imported Source").put("principalType", "user")
                .put("principal", "importee").put("role", "user").put("source", "just_in_time").put("reason", "moved");
        HttpResponse<String> applied = importWith(organization.getName(), "?dryRun=false", doc);
        assertEquals(200, applied.statusCode(), applied.body());

        JsonNode grant = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").get(0);
        assertEquals(importee, grant.get("principal").get("id").asText());
        assertEquals("import", grant.get("source").asText(), "the document's source is not kept");
        assertEquals(adminId, grant.get("grantedBy").asText(), "the importing admin granted it");
        assertEquals(adminName, grant.get("grantedByUsername").asText());
        assertEquals("moved", grant.get("reason").asText());
    }

    @Test
    void aGroupNamedWithTrailingBlanksIsTheSameGroupForItsGrants() {
        String solution = newSolution("Imported Blanks");
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("groups").addObject().put("name", "Blank Claims ");
        doc.putArray("grants").addObject().put("solution", "Imported Blanks").put("principalType", "group")
                .put("principal", "Blank Claims ").put("role", "user");
        HttpResponse<String> applied = importWith(organization.getName(), "?dryRun=false", doc);
        assertEquals(200, applied.statusCode(), applied.body());
        HttpResponse<String> share = adminGet("solutions/" + solution + "/share");
        assertEquals(200, share.statusCode(), share.body());
        JsonNode grant = Oidc.json(share.body()).get("grants").get(0);
        assertEquals("Blank Claims", grant.get("principal").get("name").asText(), grant.toString());
        assertEquals(204, adminDelete("solutions/" + solution + "/grants/" + grant.get("id").asText()).statusCode(),
                "and it can be revoked");
    }

    @Test
    void grantsMatchWithTheirExpiryAndAnExportStaysImportableAfterItsRoleIsNoLongerOffered() {
        createOrganizationUser("erin-expiry");
        String solution = solution("Imported Expiry", "expiry-approver");
        String tomorrow = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString();
        createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":"
                + "\"erin-expiry\"},\"role\":\"expiry-approver\",\"expiresAt\":\"" + tomorrow + "\"}"));
        String permanent = createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":"
                + "\"user\",\"name\":\"erin-expiry\"},\"role\":\"expiry-approver\"}"));
        ObjectNode doc = (ObjectNode) Oidc.json(adminGet("export").body());
        keep(doc, "roles", "name", Set.of());
        keep(doc, "solutions", "name", Set.of());
        keep(doc, "groups", "name", Set.of());
        keep(doc, "grants", "solution", Set.of("Imported Expiry"));
        assertEquals(2, doc.get("grants").size(), doc.toString());

        // the timed grant stays, the permanent one is gone: the import gives it back, the timed one is unchanged
        assertEquals(204, adminDelete("solutions/" + solution + "/grants/" + permanent).statusCode());
        JsonNode restored = Oidc.json(importInto(organization.getName(), doc, false).body());
        assertEquals(1, restored.get("created").size(), restored.toString());
        assertEquals(1, restored.get("unchanged").asInt(), restored.toString());
        JsonNode grants = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants");
        assertEquals(2, grants.size(), grants.toString());
        int timed = 0;
        for (JsonNode grant : grants) {
            timed += grant.path("expiresAt").isTextual() ? 1 : 0;
        }
        assertEquals(1, timed, "one timed, one permanent: " + grants);

        // a new Active Policy no longer offers the role: the grants stay (and count for nothing), and importing
        // the same export again is still idempotent, not a 400
        String narrower = createdId(adminPost("solutions/" + solution + "/builds", "{\"name\":\"3\",\"roles\":"
                + "[\"user\"],\"resources\":[]}"));
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + narrower + "\"}")
                .statusCode());
        HttpResponse<String> again = importInto(organization.getName(), doc, false);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, Oidc.json(again.body()).get("created").size(), again.body());
    }

    @Test
    void aGroupEntryLeavingOutItsFlagAndDescriptionKeepsThem() {
        String group = createdId(adminPost("groups", "{\"name\":\"Kept Claims\",\"description\":\"claims desk\","
                + "\"attributes\":{\"site\":\"Iasi\"}}"));
        assertEquals(200, adminPut("groups/" + group, "{\"archived\":true}").statusCode());
        ObjectNode doc = new ObjectMapper().createObjectNode();
        doc.put("format", 1);
        doc.putArray("groups").addObject().put("name", "Kept Claims");
        JsonNode plan = Oidc.json(importInto(organization.getName(), doc, false).body());
        assertEquals(0, plan.get("updated").size(), plan.toString());
        JsonNode kept = Oidc.json(adminGet("groups/" + group).body());
        assertTrue(kept.get("archived").asBoolean(), kept.toString());
        assertEquals("claims desk", kept.get("description").asText());
        assertEquals("Iasi", kept.get("attributes").get("site").asText());

        ((ObjectNode) doc.withArray("groups").get(0)).put("archived", false);
        assertEquals(List.of("group Kept Claims"), texts(Oidc.json(importInto(organization.getName(), doc, false)
                .body()).get("updated")));
        assertFalse(Oidc.json(adminGet("groups/" + group).body()).get("archived").asBoolean(), "a flag given is set");
    }

    /** The parts of the export this test made; other test classes share the realm. */
    private static ObjectNode onlyExported(JsonNode export) {
        ObjectNode doc = (ObjectNode) export.deepCopy();
        keep(doc, "roles", "name", Set.of("user", "reviewer"));
        keep(doc, "solutions", "name", Set.of("Exported"));
        keep(doc, "groups", "name", Set.of("Export Team"));
        keep(doc, "grants", "solution", Set.of("Exported"));
        return doc;
    }

    private static void keep(ObjectNode doc, String array, String field, Set<String> names) {
        ArrayNode kept = doc.putArray(array + "Kept");
        doc.get(array).forEach(item -> {
            if (names.contains(item.get(field).asText())) {
                kept.add(item);
            }
        });
        doc.set(array, kept);
        doc.remove(array + "Kept");
    }

    private HttpResponse<String> importInto(String realm, JsonNode doc, boolean dryRun) {
        return importWith(realm, "?dryRun=" + dryRun, doc);
    }

    private HttpResponse<String> importWith(String realm, String query, JsonNode doc) {
        return Imports.post(urls.getBase(), realm, query, doc, adminToken());
    }

    private HttpResponse<String> customerAdminGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/customer-idp/runtime-access/"
                + path)).header("Authorization", "Bearer " + adminToken()).GET());
    }
}
