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
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/** Export from one realm by name, dry-run and apply into another, apply again and nothing changes. */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class TransferIT extends AbstractSharingIT {

    @Test
    void configurationMovesBetweenRealmsIdempotently() {
        createOrganizationUser("jill");
        assertEquals(201, adminPost("roles", "{\"name\":\"reviewer\"}").statusCode());
        String solution = Oidc.json(adminPost("solutions", "{\"name\":\"Exported\"}").body()).get("id").asText();
        String build = Oidc.json(adminPost("solutions/" + solution + "/builds", "{\"name\":\"2\",\"roles\":[\"user\","
                + "\"reviewer\"],\"resources\":[{\"name\":\"review\",\"kind\":\"ui-flow\",\"permissions\":{\"interact\":"
                + "[\"reviewer\"]}}]}").body()).get("id").asText();
        adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + build + "\"}");
        String group = Oidc.json(adminPost("groups", "{\"name\":\"Export Team\",\"attributes\":{\"site\":\"Cluj\"}}")
                .body()).get("id").asText();
        adminPost("groups/" + group + "/members", "{\"username\":\"jill\"}");
        adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"name\":\"Export Team\"},"
                + "\"role\":\"reviewer\"}");
        adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"jill\"},"
                + "\"role\":\"user\",\"reason\":\"pilot\"}");

        ObjectNode doc = onlyExported(Oidc.json(adminGet("export").body()));
        createCustomerUser("jill", List.of(), Map.of());

        JsonNode dryRun = Oidc.json(importInto("customer-idp", doc, true).body());
        assertTrue(dryRun.get("dryRun").asBoolean());
        List<String> planned = texts(dryRun.get("created"));
        assertTrue(planned.containsAll(List.of("role reviewer", "solution Exported", "build Exported/2",
                "group Export Team", "member Export Team/jill")), planned.toString());
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
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + realm
                + "/runtime-access/import?dryRun=" + dryRun)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc.toString())));
    }

    private HttpResponse<String> customerAdminGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/customer-idp/runtime-access/"
                + path)).header("Authorization", "Bearer " + adminToken()).GET());
    }
}
