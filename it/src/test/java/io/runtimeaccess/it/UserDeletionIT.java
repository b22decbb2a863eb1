package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Nothing dangles: a deleted user takes its grants, memberships and ownerships along, a deleted end-user group its
 * grants, memberships and owners, a deleted role its place in builds and its grants, a removed realm all its rows.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class UserDeletionIT extends AbstractSharingIT {

    private static final List<String> TABLES = List.of("RA_GRANT", "RA_BUILD", "RA_GROUP_MEMBER", "RA_END_USER_GROUP",
            "RA_SOLUTION", "RA_RUNTIME_ROLE", "RA_OWNER");

    @Test
    void aDeletedUserTakesItsGrantsAndMembershipsAlong() throws SQLException {
        String uma = createOrganizationUser("uma-deleted");
        String solution = newSolution("User Deletion");
        String group = endUserGroup("User Deletion Team");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"uma-deleted\"}").statusCode());
        createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"uma-deleted\"},"
                + "\"role\":\"user\"}"));
        createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"name\":\"User Deletion Team\"},"
                + "\"role\":\"user\"}"));
        assertEquals(2, Oidc.json(adminGet("users/uma-deleted/access").body()).size());
        assertEquals(201, adminPost("solutions/" + solution + "/owners", "{\"userId\":\"" + uma + "\"}").statusCode());
        assertEquals(201, adminPost("groups/" + group + "/owners", "{\"username\":\"uma-deleted\"}").statusCode());

        try (Response deleted = organization.admin().users().delete(uma)) {
            assertEquals(204, deleted.getStatus());
        }

        JsonNode grants = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants");
        assertEquals(1, grants.size(), grants.toString());
        assertEquals("group", grants.get(0).get("principal").get("type").asText(), "the group's grant stays");
        assertEquals(0, Oidc.json(adminGet("groups/" + group + "/members").body()).size());
        assertEquals(0, Oidc.json(adminGet("groups/" + group).body()).get("memberCount").asInt());
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/owners").body()).size(), "ownerships go too");
        assertEquals(0, Oidc.json(adminGet("groups/" + group + "/owners").body()).size());
        try (Connection db = TestDatabase.current()) {
            if (db != null) {
                assertEquals(0, count(db, "RA_OWNER", "USER_ID", uma));
                assertEquals(0, count(db, "RA_GRANT", "PRINCIPAL_ID", uma));
                assertEquals(0, count(db, "RA_GROUP_MEMBER", "USER_ID", uma));
            }
        }
    }

    @Test
    void aDeletedGroupTakesItsGrantsMembershipsAndOwnersAlong() throws SQLException {
        String vic = createOrganizationUser("vic-member");
        String solution = newSolution("Group Deletion");
        String group = endUserGroup("Doomed Team");
        assertEquals(201, adminPost("groups/" + group + "/members", "{\"username\":\"vic-member\"}").statusCode());
        createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"group\",\"name\":\"Doomed Team\"},"
                + "\"role\":\"user\"}"));
        assertEquals(1, Oidc.json(adminGet("users/vic-member/access").body()).size());
        assertEquals(200, adminPut("groups/" + group + "/owners", "{\"userIds\":[\"" + vic + "\"]}").statusCode());

        HttpResponse<String> deleted = adminDelete("groups/" + group);
        assertEquals(200, deleted.statusCode(), deleted.body());
        JsonNode result = Oidc.json(deleted.body());
        assertEquals(1, result.get("removedMembers").asInt(), result.toString());
        assertEquals(1, result.get("removedGrants").asInt(), result.toString());
        assertEquals(404, adminGet("groups/" + group).statusCode());
        assertEquals(0, Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").size());
        assertEquals(0, Oidc.json(adminGet("users/vic-member/access").body()).size(), "the index forgot the group");
        assertEquals(404, adminDelete("groups/" + group).statusCode());
        assertEquals(404, adminGet("groups/" + group + "/owners").statusCode());
        try (Connection db = TestDatabase.current()) {
            if (db != null) {
                assertEquals(0, count(db, "RA_OWNER", "OWNED_ID", group), "the group's owners went with it");
            }
        }
    }

    @Test
    void aDeletedRoleLeavesNoBuildOrGrantNamingIt() {
        createOrganizationUser("wes-role");
        assertEquals(201, adminPost("roles", "{\"name\":\"fleeting\"}").statusCode());
        String solution = solutionWithBuild("Role Deletion", "{\"name\":\"2\",\"roles\":[\"user\",\"fleeting\"],"
                + "\"resources\":[{\"name\":\"desk\",\"kind\":\"swimlane\",\"permissions\":{\"view\":[\"fleeting\"]}}]}");
        createdId(adminPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"wes-role\"},"
                + "\"role\":\"fleeting\"}"));
        assertEquals("fleeting", Oidc.json(adminGet("users/wes-role/access").body()).get(0).get("role").asText());

        JsonNode deleted = Oidc.json(adminDelete("roles/fleeting").body());
        assertEquals(1, deleted.get("removedFromBuilds").asInt(), deleted.toString());
        assertEquals(1, deleted.get("removedGrants").asInt(), deleted.toString());
        assertFalse(adminGet("solutions/" + solution).body().contains("fleeting"), "no build names the role");
        assertEquals(0, Oidc.json(adminGet("users/wes-role/access").body()).size());
    }

    @Test
    void aRemovedRealmTakesAllItsRowsAlong() throws SQLException {
        RealmRepresentation scratch = new RealmRepresentation();
        scratch.setRealm("deletion-scratch");
        scratch.setEnabled(true);
        admin.realms().create(scratch);
        String realmId = admin.realm("deletion-scratch").toRepresentation().getId();
        UserRepresentation user = new UserRepresentation();
        user.setUsername("scratch-user");
        user.setEnabled(true);
        admin.realm("deletion-scratch").users().create(user).close();
        String solution = createdId(scratchPost("solutions", "{\"name\":\"Scratch\"}"));
        String group = createdId(scratchPost("groups", "{\"name\":\"Scratch Team\"}"));
        assertEquals(201, scratchPost("groups/" + group + "/members", "{\"username\":\"scratch-user\"}").statusCode());
        createdId(scratchPost("solutions/" + solution + "/grants", "{\"principal\":{\"type\":\"user\",\"name\":\"scratch-user\"},"
                + "\"role\":\"user\"}"));
        assertEquals(201, scratchPost("solutions/" + solution + "/owners", "{\"username\":\"scratch-user\"}")
                .statusCode());

        admin.realm("deletion-scratch").remove();

        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server");
            for (String table : TABLES) {
                assertEquals(0, count(db, table, "REALM_ID", realmId), table);
            }
        }
    }

    private HttpResponse<String> scratchPost(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/deletion-scratch/runtime-access/" + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static int count(Connection db, String table, String column, String value) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
