package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/** Access-intelligence runs in realms of their own: the realms, their users and the governance API's calls. */
abstract class AbstractGovernanceIT extends AbstractSharingIT {

    /** Creates the realm with a user holding a fresh grant and a non-empty group; true if it was there already. */
    boolean realm(String name) {
        if (admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(name))) {
            return true;
        }
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setEnabled(true);
        admin.realms().create(realm);
        UPConfig profile = admin.realm(name).users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        admin.realm(name).users().userProfile().update(profile);
        String solution = Oidc.json(body(sharing("POST", name, "solutions", "{\"name\":\"Daily\"}"))).get("id")
                .asText();
        String group = Oidc.json(body(sharing("POST", name, "groups", "{\"name\":\"Staff\"}"))).get("id").asText();
        user(name, "carl", Map.of());
        body(sharing("POST", name, "solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"carl\"},\"role\":\"user\"}"));
        body(sharing("POST", name, "groups/" + group + "/members", "{\"username\":\"carl\"}"));
        return false;
    }

    /** Creates the user in {@code realm} and returns its id. */
    String user(String realm, String username, Map<String, List<String>> attributes) {
        UserRepresentation user = userWithPassword(username, realm + ".example", "Governance");
        user.setAttributes(attributes);
        try (Response response = admin.realm(realm).users().create(user)) {
            assertEquals(201, response.getStatus(), "creating " + username);
        }
        return admin.realm(realm).users().searchByUsername(username, true).get(0).getId();
    }

    /** A call of {@code realm}'s governance API ({@code path} after {@code governance/}). */
    HttpResponse<String> gov(String method, String realm, String path, String json, String token) {
        return adminCall(realm, method, "governance/" + path, token, json);
    }

    /** A call of {@code realm}'s runtime-access admin API as the server admin. */
    HttpResponse<String> sharing(String method, String realm, String path, String json) {
        return adminCall(realm, method, path, adminToken(), json);
    }

    /** The body of a 2xx answer. */
    static String body(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return response.body();
    }
}
