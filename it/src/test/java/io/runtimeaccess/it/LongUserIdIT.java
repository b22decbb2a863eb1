package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * Users of a user storage provider have ids like {@code f:<component id>:<external id>}, longer than 36
 * characters. Their grants and memberships are stored and served: the rows are written the way the
 * server writes them (a federated user needs a storage provider this suite does not ship), then read,
 * listed and removed through the admin API.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class LongUserIdIT extends AbstractSharingIT {

    @Test
    void grantsAndMembershipsOfAFederatedUserIdAreStoredAndServed() throws SQLException {
        String userId = "f:" + UUID.randomUUID() + ":uid=federated.person,ou=people,dc=example";
        assertTrue(userId.length() > 60, userId);
        String realmId = organization.admin().toRepresentation().getId();
        String solution = createdId(adminPost("solutions", "{\"name\":\"Federated\"}"));
        String group = createdId(adminPost("groups", "{\"name\":\"Federated Team\"}"));
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server; its changeSet ran at start-up");
            try (PreparedStatement member = db.prepareStatement("INSERT INTO RA_GROUP_MEMBER"
                    + " (ID, REALM_ID, GROUP_ID, USER_ID, SOURCE, ADDED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (String source : new String[] {"ADMIN", "IDENTITY_PROVIDER"}) {
                    member.setString(1, UUID.randomUUID().toString());
                    member.setString(2, realmId);
                    member.setString(3, group);
                    member.setString(4, userId);
                    member.setString(5, source);
                    member.setLong(6, System.currentTimeMillis());
                    member.executeUpdate();
                }
            }
            try (PreparedStatement grant = db.prepareStatement("INSERT INTO RA_GRANT (ID, REALM_ID, SOLUTION_ID,"
                    + " PRINCIPAL_TYPE, PRINCIPAL_ID, ROLE_NAME, GRANTED_BY, GRANTED_AT, SOURCE) VALUES (?, ?, ?, 'USER', ?,"
                    + " 'user', ?, ?, 'ADMIN')")) {
                grant.setString(1, UUID.randomUUID().toString());
                grant.setString(2, realmId);
                grant.setString(3, solution);
                grant.setString(4, userId);
                grant.setString(5, userId);
                grant.setLong(6, System.currentTimeMillis());
                grant.executeUpdate();
            }
        }

        JsonNode members = Oidc.json(adminGet("groups/" + group + "/members").body());
        assertEquals(2, members.size(), members.toString());
        assertEquals(userId, members.get(0).get("userId").asText());
        assertEquals(1, Oidc.json(adminGet("groups/" + group).body()).get("memberCount").asInt());
        JsonNode grant = Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants").get(0);
        assertEquals(userId, grant.get("principal").get("id").asText());
        assertEquals(userId, grant.get("grantedBy").asText());

        assertEquals(204, adminDelete("groups/" + group + "/members/" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
                .replace("+", "%20")).statusCode());
        assertEquals(0, Oidc.json(adminGet("groups/" + group + "/members").body()).size());
        assertEquals(204, adminDelete("solutions/" + solution + "/grants/" + grant.get("id").asText()).statusCode());
    }
}
