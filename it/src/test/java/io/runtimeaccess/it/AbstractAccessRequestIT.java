package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * What the just-in-time access request tests share: items, solutions and SoD rules made through the admin API,
 * requests made and decided with users' own tokens, and the check API's answer. Every name starts with "jit";
 * each test waits until its active requests have expired and deletes its items, so no background change reaches
 * another test class.
 */
abstract class AbstractAccessRequestIT extends AbstractSharingIT {

    static final String ITEMS = "requests/items";

    @AfterEach
    void waitForExpiry() {
        awaitTrue(() -> Oidc.json(adminGet("requests?status=active").body()).isEmpty(),
                "every active request expires within the wait");
        for (JsonNode item : Oidc.json(adminGet(ITEMS).body())) {
            for (JsonNode pending : Oidc.json(adminGet("requests?status=pending").body())) {
                if (pending.get("itemId").asText().equals(item.get("id").asText())) {
                    cancel(pending);
                }
            }
            assertEquals(204, adminDelete(ITEMS + "/" + item.get("id").asText()).statusCode());
        }
    }

    String item(String body) {
        return createdId(adminPost(ITEMS, body));
    }

    /** An item for a runtime role of a new solution, approved by a new user {@code approver}; returns its id. */
    String runtimeRoleItem(String solutionName, String role, String approver) {
        String solution = solution(solutionName, role);
        createOrganizationUser(approver);
        return item("{\"kind\":\"runtime-role\",\"solutionId\":\"" + solution + "\",\"role\":\"" + role + "\","
                + "\"approvers\":{\"type\":\"users\",\"values\":[\"" + approver + "\"]}}");
    }

    /** A global SoD rule forbidding the two roles of the solution together. */
    String rule(String name, String solution, String roleA, String roleB, String mode) {
        return sodRule(name, "global", null, List.of(grantKey(solution, roleA), grantKey(solution, roleB)), mode, true);
    }

    HttpResponse<String> user(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.realmUrl() + "/runtime-access/requests"
                + (path.isEmpty() || path.startsWith("?") ? path : "/" + path))).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    String create(String token, String item, String duration, String justification, String ticket) {
        HttpResponse<String> created = user(token, "POST", "", "{\"itemId\":\"" + item + "\",\"duration\":\"" + duration
                + "\"" + (justification == null ? "" : ",\"justification\":\"" + justification + "\"")
                + (ticket == null ? "" : ",\"ticket\":\"" + ticket + "\"") + "}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode request = Oidc.json(created.body());
        assertEquals("pending", request.get("status").asText());
        return request.get("id").asText();
    }

    JsonNode approve(String token, String request, String comment) {
        HttpResponse<String> approved = user(token, "POST", request + "/approve",
                comment == null ? null : "{\"comment\":\"" + comment + "\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        return Oidc.json(approved.body());
    }

    /** Cancels a pending request as its requester. */
    void cancel(JsonNode pending) {
        cancel(token(pending.get("requester").asText()), pending.get("id").asText());
    }

    /** Cancels a pending request with its requester's token. */
    void cancel(String requesterToken, String request) {
        assertEquals(200, user(requesterToken, "POST", request + "/cancel", null).statusCode());
    }

    String status(String token, String request) {
        for (JsonNode mine : Oidc.json(user(token, "GET", "", null).body())) {
            if (mine.get("id").asText().equals(request)) {
                return mine.get("status").asText();
            }
        }
        throw new AssertionError("request " + request + " is not listed");
    }

    JsonNode grantOf(String solution, String userId, String role) {
        for (JsonNode grant : Oidc.json(adminGet("solutions/" + solution + "/share").body()).get("grants")) {
            if (grant.get("principal").get("id").asText().equals(userId) && grant.get("role").asText().equals(role)) {
                return grant;
            }
        }
        return null;
    }

    JsonNode member(String group, String userId) {
        for (JsonNode member : Oidc.json(adminGet("groups/" + group + "/members").body())) {
            if (member.get("userId").asText().equals(userId)) {
                return member;
            }
        }
        return null;
    }

    static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new java.util.ArrayList<>();
        list.forEach(request -> ids.add(request.get("id").asText()));
        return ids;
    }
}
