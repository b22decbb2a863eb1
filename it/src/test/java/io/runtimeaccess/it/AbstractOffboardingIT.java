package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.keycloak.admin.client.resource.RealmResource;

/** What the offboarding ITs share: calls to a realm's runtime-access API, its end-user groups, users' states. */
abstract class AbstractOffboardingIT extends AbstractFaultIT {

    static HttpResponse<String> as(String token, String method, String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    static Map<String, JsonNode> usernames(JsonNode plan) {
        Map<String, JsonNode> users = new TreeMap<>();
        plan.get("users").forEach(user -> users.put(user.get("username").asText(), user));
        return users;
    }

    HttpResponse<String> call(String realmName, String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/" + realmName
                + "/runtime-access/" + path)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    String createGroup(String realmName, String name, String... members) {
        String id = createdId(call(realmName, "POST", "groups", "{\"name\":\"" + name + "\"}"));
        for (String member : members) {
            assertEquals(201, call(realmName, "POST", "groups/" + id + "/members",
                    "{\"username\":\"" + member + "\"}").statusCode());
        }
        return id;
    }

    static boolean enabled(RealmResource realm, String username) {
        return realm.users().searchByUsername(username, true).get(0).isEnabled();
    }
}
