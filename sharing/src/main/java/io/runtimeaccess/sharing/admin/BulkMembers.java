package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The users a bulk membership request names ({@code {"members": ["alice", "bob@example.com"]}}), each by
 * username or email. All or nothing: if any name is unknown the answer is a 400 listing every unknown one
 * and nothing is added.
 */
final class BulkMembers {

    static final int MAX = 1_000;

    private BulkMembers() {
    }

    /** The users in the order named, each once (a user named by username and by email counts once). */
    static List<UserModel> resolve(KeycloakSession session, RealmModel realm, JsonNode body) {
        List<String> names = names(body);
        Map<String, UserModel> users = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            UserModel user = session.users().getUserByUsername(realm, name);
            if (user == null) {
                user = session.users().getUserByEmail(realm, name);
            }
            if (user == null) {
                unknown.add(name);
            } else {
                users.putIfAbsent(user.getId(), user);
            }
        }
        if (!unknown.isEmpty()) {
            throw unknownUsers(unknown);
        }
        return new ArrayList<>(users.values());
    }

    /** The {@code members} array: 1 to {@value #MAX} non-blank strings of at most 255 characters. */
    static List<String> names(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BadRequest.invalid("body", "must be a JSON object with a members array");
        }
        JsonBodies.onlyFields(body, Set.of("members", AccessChangeGuards.OVERRIDE_FIELD));
        JsonNode members = body.get("members");
        if (members == null || members.isNull()) {
            throw BadRequest.invalid("members", "is required: an array of usernames or emails");
        }
        if (!members.isArray()) {
            throw BadRequest.invalid("members", "must be an array of usernames or emails");
        }
        if (members.isEmpty() || members.size() > MAX) {
            throw BadRequest.invalid("members", members.size() + " entries; 1 to " + MAX + " are allowed");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            String field = "members[" + i + "]";
            if (!member.isTextual() || member.asText().isBlank()) {
                throw BadRequest.invalid(field, "must be a username or an email");
            }
            names.add(Limits.text(field, member.asText().trim(), Limits.USER_REF));
        }
        return new ArrayList<>(names);
    }

    private static WebApplicationException unknownUsers(List<String> unknown) {
        BadRequest.rollbackRequest();
        List<String> shown = unknown.stream().map(Limits::shown).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field", "members");
        body.put("error", "members: unknown users: " + String.join(", ", shown));
        body.put("unknown", unknown);
        return new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
