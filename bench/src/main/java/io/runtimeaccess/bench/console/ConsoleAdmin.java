package io.runtimeaccess.bench.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user of the benchmark realm who may sign in to its admin console and share: the console signs in to the
 * realm it manages, so the master admin cannot use it there. Holds the realm-management roles a sharing
 * admin has.
 */
final class ConsoleAdmin {
    private static final String[] ROLES = {"view-users", "manage-users", "query-users", "query-groups", "view-realm",
        "view-events"};

    private ConsoleAdmin() {
    }

    /** Creates the user with a password unless it exists, and gives it the roles (again, harmlessly). */
    static void ensure(AdminApi api, String realm, String username, String password) {
        String path = "/admin/realms/" + realm;
        HttpResponse<String> created = api.post(path + "/users", Map.of("username", username, "enabled", true,
                "email", username + "@example.com", "emailVerified", true, "firstName", "Console", "lastName", "Admin",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Creating " + username + " answered " + created.statusCode());
        }
        String userId = api.get(path + "/users?exact=true&username=" + AdminApi.encode(username)).get(0).get("id").asText();
        String clientId = api.get(path + "/clients?clientId=realm-management").get(0).get("id").asText();
        List<JsonNode> roles = new ArrayList<>();
        for (String role : ROLES) {
            roles.add(api.get(path + "/clients/" + clientId + "/roles/" + role));
        }
        HttpResponse<String> mapped = api.post(path + "/users/" + userId + "/role-mappings/clients/" + clientId, roles);
        if (mapped.statusCode() != 204) {
            throw new IllegalStateException("Giving " + username + " its roles answered " + mapped.statusCode());
        }
    }
}
