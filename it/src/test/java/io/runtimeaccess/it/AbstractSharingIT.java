package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.annotations.InjectAdminClient;

/** Calls of the runtime-access admin and check APIs, as an admin and as users. */
abstract class AbstractSharingIT extends AbstractRuntimeAccessIT {

    /** How long a test waits for the scorer's worker to turn events into a finding. */
    static final Duration FINDING_WAIT = Duration.ofSeconds(15);
    /** The separation-of-duties API, under {@code runtime-access/}. */
    static final String SOD = "governance/sod/";

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

    /** Waits up to {@link #FINDING_WAIT} for {@code condition}, failing with {@code what}. */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        awaitTrue(condition, what, FINDING_WAIT);
    }

    /** Waits up to {@code wait} for {@code condition}, failing with {@code what}. */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            sleep(100);
        }
    }

    /** The server log was read and holds no {@code secret} (a token, a link's key). */
    static void assertNotInServerLog(String secret) {
        try {
            String log = Files.readString(ServerLog.path());
            assertFalse(log.isEmpty(), "the server log is read");
            assertFalse(log.contains(secret), "a secret is never logged");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    void enableAdminEvents() {
        RealmRepresentation realm = organization.admin().toRepresentation();
        realm.setAdminEventsEnabled(true);
        realm.setAdminEventsDetailsEnabled(true);
        organization.admin().update(realm);
    }

    /** The realm's stored CUSTOM admin events whose resource path starts with {@code pathPrefix}, newest first. */
    List<AdminEventRepresentation> customAdminEvents(String operation, String pathPrefix) {
        return organization.admin().getAdminEvents(List.of(operation), null, null, null, null, null, null, null, 0, 500)
                .stream().filter(e -> "CUSTOM".equals(e.getResourceType()) && e.getResourcePath() != null
                        && e.getResourcePath().startsWith(pathPrefix)).collect(Collectors.toList());
    }

    /** A call of the runtime-access admin API ({@code path} after {@code runtime-access/}) with {@code token}. */
    HttpResponse<String> adminCall(String method, String path, String token, String body) {
        return adminCall(organization.getName(), method, path, token, body);
    }

    /** The same in {@code realm}; a governance run answers when it has finished, hence the long timeout. */
    HttpResponse<String> adminCall(String realm, String method, String path, String token, String body) {
        return send(HttpRequest.newBuilder(adminUri(realm, path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2)).method(method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    URI adminUri(String path) {
        return adminUri(organization.getName(), path);
    }

    URI adminUri(String realm, String path) {
        return URI.create(urls.getBase() + "/admin/realms/" + realm + "/runtime-access/" + path);
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

    /** A call to the organization realm's findings API ({@code path} after {@code anomaly-findings}). */
    HttpResponse<String> findingsCall(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.getBase() + "/admin/realms/"
                + organization.getName() + "/anomaly-findings" + path)).header("Content-Type", "application/json")
                .method(method, body == null || method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    /** Adds the anomaly listener to the organization realm, with admin events and their details. */
    void enableAnomalyListener() {
        RealmRepresentation realm = organization.admin().toRepresentation();
        List<String> listeners = new ArrayList<>(realm.getEventsListeners() == null ? List.of()
                : realm.getEventsListeners());
        if (!listeners.contains("runtime-access-events")) {
            listeners.add("runtime-access-events");
            realm.setEventsListeners(listeners);
            realm.setAdminEventsEnabled(true);
            realm.setAdminEventsDetailsEnabled(true);
            organization.admin().update(realm);
        }
    }

    /** A password sign-in with a wrong password, from {@code ip} as seen behind a proxy. */
    HttpResponse<String> failedLogin(String username, String ip, String userAgent) {
        return passwordGrant(username, "wrong-password", ip, userAgent);
    }

    /** The first finding of the query's list that matches, waiting up to {@link #FINDING_WAIT} for the scorer. */
    JsonNode awaitFinding(String query, Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + FINDING_WAIT.toNanos();
        JsonNode findings = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = findingsCall("GET", "?" + query, adminToken(), null);
            assertEquals(200, response.statusCode(), response.body());
            findings = Oidc.json(response.body());
            for (JsonNode finding : findings) {
                if (matching.test(finding)) {
                    return finding;
                }
            }
            sleep(250);
        }
        throw new AssertionError("no finding for " + query + " within " + FINDING_WAIT + "; found " + findings);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A password grant at the organization realm, as from {@code ip} with this browser header. */
    HttpResponse<String> passwordGrant(String username, String password, String ip, String userAgent) {
        return send(HttpRequest.newBuilder(URI.create(org.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // As behind a TLS-terminating proxy: the realm requires HTTPS for external addresses.
                .header("X-Forwarded-For", ip).header("X-Forwarded-Proto", "https").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "password",
                        "client_id", Oidc.DEMO_CLIENT, "client_secret", Oidc.DEMO_SECRET, "username", username,
                        "password", password)))));
    }

    /** A solution whose Active Policy (its build "2") offers the default role and {@code roles}. */
    String solution(String name, String... roles) {
        StringBuilder offered = new StringBuilder("[\"user\"");
        for (String role : roles) {
            runtimeRole(role);
            offered.append(",\"").append(role).append('"');
        }
        return solutionWithBuild(name, "{\"name\":\"2\",\"roles\":" + offered + "],\"resources\":[]}");
    }

    /** Adds {@code name} to the realm's runtime-role catalog unless it is there already. */
    void runtimeRole(String name) {
        int status = adminPost("roles", "{\"name\":\"" + name + "\"}").statusCode();
        assertTrue(status == 201 || status == 409, "role " + name + ": " + status);
    }

    /** A solution whose Active Policy is {@code build} (a build's JSON, whose roles exist). */
    String solutionWithBuild(String name, String build) {
        String solution = newSolution(name);
        String buildId = createdId(adminPost("solutions/" + solution + "/builds", build));
        assertEquals(200, adminPut("solutions/" + solution + "/active-build", "{\"buildId\":\"" + buildId + "\"}")
                .statusCode());
        return solution;
    }

    /** A new solution with only the build the API gives it; returns its id. */
    String newSolution(String name) {
        return createdId(adminPost("solutions", "{\"name\":\"" + name + "\"}"));
    }

    /** A new end-user group with no members; returns its id. */
    String endUserGroup(String name) {
        return createdId(adminPost("groups", "{\"name\":\"" + name + "\"}"));
    }

    /** The id of what a 201 answer created. */
    static String createdId(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("id").asText();
    }

    /** Grants {@code role} on the solution to the organization user {@code username}, through the admin API. */
    void grantToUser(String solution, String username, String role) {
        HttpResponse<String> granted = adminPost("solutions/" + solution + "/grants",
                "{\"principal\":{\"type\":\"user\",\"name\":\"" + username + "\"},\"role\":\"" + role + "\"}");
        assertEquals(201, granted.statusCode(), granted.body());
    }

    /** Whether the check API lets {@code userId} use the solution, asked with {@code token}. */
    boolean allowed(String token, String userId, String solution) {
        HttpResponse<String> answer = send(evaluation(token, "{\"subject\":{\"type\":\"user\",\"id\":\"" + userId
                + "\"},\"action\":{\"name\":\"use\"},\"resource\":{\"type\":\"solution\",\"id\":\"" + solution + "\"}}"));
        assertEquals(200, answer.statusCode(), answer.body());
        return Oidc.json(answer.body()).get("decision").asBoolean();
    }

    /** The SoD item key of a role on a solution. */
    static String grantKey(String solution, String role) {
        return "grant:" + solution + ":" + role;
    }

    /** Creates a separation-of-duties rule in the organization realm and returns its id. */
    String sodRule(String name, String scope, String solutionId, List<String> itemKeys, String mode, boolean enabled) {
        return createdId(adminPost(SOD + "rules", "{\"name\":\"" + name + "\",\"scope\":\"" + scope
                + "\"," + (solutionId == null ? "" : "\"solutionId\":\"" + solutionId + "\",") + "\"itemKeys\":["
                + itemKeys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(",")) + "],\"mode\":\""
                + mode + "\",\"enabled\":" + enabled + "}"));
    }

    /** Deletes the organization realm's SoD rules whose names start with {@code prefix}. */
    void deleteSodRules(String prefix) {
        for (JsonNode rule : Oidc.json(adminGet(SOD + "rules").body())) {
            if (rule.get("name").asText().startsWith(prefix)) {
                assertEquals(204, adminDelete(SOD + "rules/" + rule.get("id").asText()).statusCode());
            }
        }
    }

    /** The organization realm's SoD events about {@code userId}, of the last 500, in the API's order. */
    List<JsonNode> sodEvents(String userId) {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode event : Oidc.json(adminGet(SOD + "events?max=500").body())) {
            if (event.get("userId").asText().equals(userId)) {
                events.add(event);
            }
        }
        return events;
    }

    String adminToken() {
        return admin.tokenManager().getAccessTokenString();
    }

    /** The names of the organization user's realm roles, mapped directly. */
    List<String> realmRoles(String userId) {
        return organization.admin().users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList();
    }

    /** A master-realm user (an admin acting in other realms), or null if there is none with this id. */
    UserRepresentation masterUser(String id) {
        try {
            return admin.realm("master").users().get(id).toRepresentation();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * Sets the organization user's {@code manager} attribute, which the organization's user profile does not
     * declare: admins may set undeclared attributes for the time of the change only.
     */
    void setManager(String userId, String manager) {
        UPConfig profile = organization.admin().users()
                .userProfile().getConfiguration();
        UPConfig.UnmanagedAttributePolicy policy =
                profile.getUnmanagedAttributePolicy();
        profile.setUnmanagedAttributePolicy(
                UPConfig.UnmanagedAttributePolicy.ADMIN_EDIT);
        organization.admin().users().userProfile().update(profile);
        try {
            UserRepresentation user = organization.admin().users().get(userId).toRepresentation();
            Map<String, List<String>> attributes = new java.util.HashMap<>(user.getAttributes() == null ? Map.of()
                    : user.getAttributes());
            attributes.put("manager", List.of(manager));
            user.setAttributes(attributes);
            organization.admin().users().get(userId).update(user);
        } finally {
            profile.setUnmanagedAttributePolicy(policy);
            organization.admin().users().userProfile().update(profile);
        }
    }

    /** A new top-level Keycloak group of the organization realm; returns its id. */
    protected String topGroup(String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().add(group)) {
            assertEquals(201, response.getStatus());
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }

    /** A new Keycloak subgroup of {@code parentId}; returns its id. */
    protected String subGroup(String parentId, String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        try (Response response = organization.admin().groups().group(parentId).subGroup(group)) {
            assertEquals(201, response.getStatus());
            return response.getLocation().getPath().replaceAll(".*/", "");
        }
    }
}
