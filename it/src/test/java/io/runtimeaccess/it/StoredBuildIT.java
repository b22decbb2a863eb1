package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * A stored build the index can no longer read (stored by an older version, or changed in the database) stops only
 * its own solution, which then offers nothing; every other check of the realm is answered.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class StoredBuildIT extends AbstractSharingIT {

    @Test
    void aBuildThatCannotBeReadStopsOnlyItsOwnSolution() throws Exception {
        String user = createOrganizationUser("stored-build-user");
        String healthy = solution("Stored Healthy");
        String broken = solution("Stored Broken");
        grantToUser(healthy, "stored-build-user", "user");
        grantToUser(broken, "stored-build-user", "user");
        String token = token("stored-build-user");
        assertTrue(allowed(token, user, broken), "before the damage");
        try (Connection db = TestDatabase.current()) {
            assumeTrue(db != null, "H2 is held open by the embedded server");
            try (PreparedStatement damage = db.prepareStatement("UPDATE RA_BUILD SET POLICY = ? WHERE SOLUTION_ID = ?"
                    + " AND NAME = '2'")) {
                damage.setString(1, "{\"roles\":[\"user\"],\"resources\":[null]}");
                damage.setString(2, broken);
                damage.executeUpdate();
            }
            try (PreparedStatement inactive = db.prepareStatement("INSERT INTO RA_BUILD (ID, REALM_ID, SOLUTION_ID, NAME,"
                    + " POLICY, CREATED_AT) VALUES (?, ?, ?, 'old', ?, ?)")) {
                inactive.setString(1, UUID.randomUUID().toString());
                inactive.setString(2, organization.admin().toRepresentation().getId());
                inactive.setString(3, healthy);
                inactive.setString(4, "{\"roles\":[\"user\"],\"resources\":[{\"name\":null}]}");
                inactive.setLong(5, System.currentTimeMillis());
                inactive.executeUpdate();
            }
        }
        runtimeRole("stored-build-reload"); // any change: the index is loaded again from the damaged rows
        assertTrue(allowed(token, user, healthy), "the other solution still answers");
        assertFalse(allowed(token, user, broken), "the damaged one offers nothing");
        assertTrue(ServerLog.linesContaining("cannot be read", "offers nothing").size() > 0, "and the log says why");
        // a role's deletion walks every build of the realm, the damaged ones too (the code before: 500)
        HttpResponse<String> deleted = adminDelete("roles/stored-build-reload");
        assertEquals(200, deleted.statusCode(), deleted.body());
    }
}
