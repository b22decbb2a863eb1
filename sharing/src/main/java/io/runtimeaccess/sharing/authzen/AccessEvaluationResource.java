package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.check.Subject;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.groupsync.LazyGroupSync;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;

/**
 * The OpenID AuthZEN 1.0 Access Evaluation API of a realm, under {@code /realms/{realm}/runtime-access}.
 * A user may ask about itself with its own bearer token; a client whose service account holds the
 * realm role {@code runtime-access-checker} may ask about anyone in the realm.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessEvaluationResource {

    public static final String CHECKER_ROLE = "runtime-access-checker";

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccessEvaluationResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path(".well-known/authzen-configuration")
    public Map<String, String> metadata() {
        String base = session.getContext().getUri().getBaseUri().toString().replaceAll("/$", "")
                + "/realms/" + realm.getName() + "/runtime-access";
        return Map.of("policy_decision_point", base,
                "access_evaluation_endpoint", base + "/access/v1/evaluation",
                "access_evaluations_endpoint", base + "/access/v1/evaluations");
    }

    @POST
    @Path("access/v1/evaluation")
    public ObjectNode evaluation(JsonNode request) {
        AccessToken caller = authenticate();
        return evaluate(caller, required(request, "request"));
    }

    /** Batch form: top-level subject, action, resource and context are defaults each evaluation may override. */
    @POST
    @Path("access/v1/evaluations")
    public ObjectNode evaluations(JsonNode request) {
        AccessToken caller = authenticate();
        JsonNode items = required(request, "request").get("evaluations");
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        if (items == null || !items.isArray() || items.isEmpty()) {
            results.add(evaluate(caller, request));
        } else {
            for (JsonNode item : items) {
                results.add(evaluate(caller, merge((ObjectNode) request.deepCopy(), item)));
            }
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("evaluations", results);
        return response;
    }

    /** The effective runtime roles of a user on a solution (Active Policy only, unexpired grants). */
    @GET
    @Path("solutions/{solution}/roles")
    public Map<String, Object> roles(@PathParam("solution") String solutionId, @QueryParam("user") String user) {
        AccessToken caller = authenticate();
        UserModel subject = subjectUser(caller, user == null ? caller.getSubject() : user, "user");
        List<String> roles = LazyGroupSync.syncedIndex(session, realm, subject).effectiveRoles(subject.getId(),
                solutionId, System.currentTimeMillis());
        return Map.of("user", subject.getId(), "solution", solutionId, "roles", roles);
    }

    private ObjectNode evaluate(AccessToken caller, JsonNode request) {
        JsonNode subjectNode = required(request.get("subject"), "subject");
        UserModel user = subjectUser(caller, text(subjectNode, "id", "subject.id"), "subject.id");
        Action action = action(required(request.get("action"), "action"));
        JsonNode resource = required(request.get("resource"), "resource");
        String type = text(resource, "type", "resource.type");
        String solution;
        String resourceName;
        if ("solution".equals(type)) {
            solution = text(resource, "id", "resource.id");
            resourceName = null;
        } else if ("swimlane".equals(type) || "ui-flow".equals(type)) {
            resourceName = text(resource, "id", "resource.id");
            solution = text(required(resource.get("properties"), "resource.properties"), "solution",
                    "resource.properties.solution");
        } else {
            throw BadRequest.invalid("resource.type", "'" + type + "' is not one of solution, swimlane, ui-flow");
        }
        Subject subject = RuntimeAttributes.subjectOf(user);
        Decision decision = LazyGroupSync.syncedIndex(session, realm, user).check(subject, solution, resourceName,
                action, filters(request.get("context")),
                System.currentTimeMillis());
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("decision", decision.allowed());
        ObjectNode context = response.putObject("context");
        context.put("code", decision.name());
        context.put("reason", decision.reason());
        return response;
    }

    private AccessToken authenticate() {
        return CallerToken.verify(session, realm);
    }

    /** The subject a caller may ask about: itself, or anyone if it holds the checker role. */
    private UserModel subjectUser(AccessToken caller, String idOrUsername, String field) {
        UserModel user = findUser(idOrUsername);
        boolean self = user != null && user.getId().equals(caller.getSubject());
        if (!self && !isChecker(caller)) {
            throw new ForbiddenException("a user may only ask about itself; other subjects need the realm role "
                    + CHECKER_ROLE);
        }
        if (user == null) {
            throw BadRequest.notFound(field, "no user '" + idOrUsername + "' in this organization");
        }
        return user;
    }

    /**
     * Looks the subject up the way it was most likely named, so a check does not pay for a cache miss
     * (a database query) on the other lookup first: a UUID is tried as an id, anything else as a username.
     */
    private UserModel findUser(String idOrUsername) {
        boolean uuid = looksLikeUuid(idOrUsername);
        UserModel user = uuid ? session.users().getUserById(realm, idOrUsername)
                : session.users().getUserByUsername(realm, idOrUsername);
        if (user == null) {
            user = uuid ? session.users().getUserByUsername(realm, idOrUsername)
                    : session.users().getUserById(realm, idOrUsername);
        }
        return user;
    }

    private static boolean looksLikeUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean isChecker(AccessToken caller) {
        return CallerToken.hasRealmRole(caller, CHECKER_ROLE);
    }

    private static Action action(JsonNode node) {
        String name = text(node, "name", "action.name");
        Action action = Action.fromWireName(name);
        if (action == null) {
            throw BadRequest.invalid("action.name", "'" + name + "' is not one of view, execute, self-assign, interact, use");
        }
        return action;
    }

    private static String[] filters(JsonNode context) {
        JsonNode filters = context == null ? null : context.get("businessFilters");
        if (filters == null || filters.isNull()) {
            return null;
        }
        if (!filters.isArray()) {
            throw BadRequest.invalid("context.businessFilters", "must be an array of strings");
        }
        String[] values = new String[filters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = filters.get(i).asText();
        }
        return values;
    }

    private static JsonNode required(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw BadRequest.invalid(field, "must be a JSON object");
        }
        return node;
    }

    private static String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw BadRequest.invalid(field, "is required");
        }
        return value.asText();
    }

    private static JsonNode merge(ObjectNode defaults, JsonNode item) {
        Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            defaults.set(field.getKey(), field.getValue());
        }
        defaults.remove("evaluations");
        return defaults;
    }
}
