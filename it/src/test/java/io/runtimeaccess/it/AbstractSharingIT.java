package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;

/** Calls of the runtime-access admin and check APIs, as an admin and as users. */
abstract class AbstractSharingIT extends AbstractRuntimeAccessIT {

    @InjectAdminClient
    Keycloak admin;

    JsonNode evaluate(String token, String subject, String solution, String swimlane, String action) {
        HttpResponse<String> response = send(evaluation(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + subject
                + "\"},\"action\":{\"name\":\"" + action + "\"},\"resource\":{\"type\":\"swimlane\",\"id\":\"" + swimlane
                + "\",\"properties\":{\"solution\":\"" + solution + "\"}}}"));
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body());
    }

    int evaluateStatus(String token, Map<String, String> question) {
        return send(evaluation(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + question.get("subject")
                + "\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\""
                + question.get("solution") + "\"}}")).statusCode();
    }

    HttpRequest.Builder evaluation(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/access/v1/evaluation"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    String createOrganizationUser(String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmail(username + "@organization.example");
        user.setEmailVerified(true);
        user.setFirstName(username);
        user.setLastName("Runtime");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(username);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = organization.admin().users().create(user)) {
            assertEquals(201, response.getStatus());
        }
        return organization.admin().users().searchByUsername(username, true).get(0).getId();
    }




    URI adminUri(String path) {
        return URI.create(urls.getBase() + "/admin/realms/" + organization.getName() + "/runtime-access/" + path);
    }

    HttpResponse<String> adminGet(String path) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + adminToken()).GET());
    }

    HttpResponse<String> adminPost(String path, String json) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> adminPut(String path, String json) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> adminDelete(String path) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + adminToken()).DELETE());
    }

    String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return Oidc.call(request.build());
    }
}
