package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.check.Subject;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.console.ConsoleResource;
import io.runtimeaccess.sharing.groupsync.LazyGroupSync;
import io.runtimeaccess.sharing.policy.Action;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;

/**
 * The OpenID AuthZEN 1.0 Access Evaluation API of a realm, under {@code /realms/{realm}/runtime-access}.
 * A user may ask about itself with its own access token; a client whose token carries the realm role
 * {@code runtime-access-checker} and the checker audience may ask about anyone in the realm.
 * The caller is authenticated before the body is read, and a body is read only up to {@link JsonBody#MAX_BYTES}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessEvaluationResource {

    public static final String CHECKER_ROLE = "runtime-access-checker";
    /**
     * Items per batch. A batch answers one screen of a worklist (a page of records times a few actions);
     * 1,000 is far above that, and evaluating 1,000 items from memory takes milliseconds.
     */
    static final int MAX_EVALUATIONS = 1_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final String checkerAudience;

    public AccessEvaluationResource(KeycloakSession session, String checkerAudience) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.checkerAudience = checkerAudience;
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

    /** The admin console's static files; see {@link ConsoleResource}. */
    @Path("console")
    public ConsoleResource console() {
        return new ConsoleResource(session);
    }

    @POST
    @Path("access/v1/evaluation")
    public ObjectNode evaluation(InputStream body) {
        AccessToken caller = authenticate();
        JsonNode request = Fields.object(readBody(body), "", "request");
        return evaluate(caller, request, request, "");
    }

    /**
     * Batch form: top-level subject, action, resource and context are defaults each item of
     * {@code evaluations} may override. The defaults are looked up, never copied, per item.
     */
    @POST
    @Path("access/v1/evaluations")
    public ObjectNode evaluations(InputStream body) {
        AccessToken caller = authenticate();
        JsonNode request = Fields.object(readBody(body), "", "request");
        JsonNode items = items(request.get("evaluations"));
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        if (items == null || items.isEmpty()) {
            results.add(evaluate(caller, request, request, ""));
        } else {
            for (int i = 0; i < items.size(); i++) {
                results.add(evaluate(caller, request, items.get(i), "evaluations[" + i + "]."));
            }
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.set("evaluations", results);
        return response;
    }

    /** Every item is checked before any is evaluated, so a bad item anywhere refuses the whole batch. */
    static JsonNode items(JsonNode items) {
        if (items == null || items.isNull()) {
            return null;
        }
        if (!items.isArray()) {
            throw BadRequest.invalid("evaluations", "must be an array of objects");
        }
        if (items.size() > MAX_EVALUATIONS) {
            throw BadRequest.invalid("evaluations", "at most " + MAX_EVALUATIONS + " items per request, got "
                    + items.size() + "; split the batch");
        }
        for (int i = 0; i < items.size(); i++) {
            Fields.object(items.get(i), "", "evaluations[" + i + "]");
        }
        return items;
    }

    private JsonNode readBody(InputStream body) {
        return JsonBody.read(session.getContext().getRequestHeaders(), body);
    }

    /** The effective runtime roles of a user on a solution (Active Policy only, unexpired grants). */
    @GET
    @Path("solutions/{solution}/roles")
    public Map<String, Object> roles(@PathParam("solution") String solutionId, @QueryParam("user") String user) {
        AccessToken caller = authenticate();
        UserModel subject = subjectUser(caller, user == null ? caller.getSubject() : user, "", "user");
        List<String> roles = !subject.isEnabled() ? List.of() : LazyGroupSync.syncedIndex(session, realm, subject)
                .effectiveRoles(subject.getId(), solutionId, System.currentTimeMillis());
        return Map.of("user", subject.getId(), "solution", solutionId, "roles", roles);
    }

    /** Evaluates {@code item}, taking each of its four members from {@code defaults} where it has none. */
    private ObjectNode evaluate(AccessToken caller, JsonNode defaults, JsonNode item, String itemPrefix) {
        String prefix = item.has("subject") ? itemPrefix : "";
        JsonNode subjectNode = Fields.object(member(defaults, item, "subject"), prefix, "subject");
        String subjectId = Fields.text(subjectNode, "id", prefix, "subject.id");
        UserModel user = subjectUser(caller, subjectId, prefix, "subject.id");
        Action action = Fields.action(member(defaults, item, "action"), item.has("action") ? itemPrefix : "");
        prefix = item.has("resource") ? itemPrefix : "";
        JsonNode resource = Fields.object(member(defaults, item, "resource"), prefix, "resource");
        String type = Fields.text(resource, "type", prefix, "resource.type");
        String solution;
        String resourceName;
        if ("solution".equals(type)) {
            solution = Fields.text(resource, "id", prefix, "resource.id");
            resourceName = null;
        } else if ("swimlane".equals(type) || "ui-flow".equals(type)) {
            resourceName = Fields.text(resource, "id", prefix, "resource.id");
            solution = Fields.text(Fields.object(resource.get("properties"), prefix, "resource.properties"),
                    "solution", prefix, "resource.properties.solution");
        } else {
            throw BadRequest.invalid(prefix + "resource.type",
                    "'" + Fields.shortened(type) + "' is not one of solution, swimlane, ui-flow");
        }
        String[] filters = Fields.businessFilters(member(defaults, item, "context"),
                item.has("context") ? itemPrefix : "");
        Decision decision = user.isEnabled()
                ? LazyGroupSync.syncedIndex(session, realm, user).check(RuntimeAttributes.subjectOf(user), solution,
                        resourceName, action, filters, System.currentTimeMillis())
                : Decision.DENY_SUBJECT_DISABLED;
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("decision", decision.allowed());
        ObjectNode context = response.putObject("context");
        context.put("code", decision.name());
        context.put("reason", decision.reason());
        return response;
    }

    private static JsonNode member(JsonNode defaults, JsonNode item, String name) {
        JsonNode own = item.get(name);
        return own != null ? own : defaults.get(name);
    }

    private AccessToken authenticate() {
        return CallerToken.verify(session, realm);
    }

    /** The subject a caller may ask about: itself, or anyone if it holds the checker role. */
    private UserModel subjectUser(AccessToken caller, String idOrUsername, String prefix, String field) {
        UserModel user = findUser(idOrUsername);
        boolean self = user != null && user.getId().equals(caller.getSubject());
        if (!self && !isChecker(caller)) {
            throw new ForbiddenException("a user may only ask about itself; other subjects need the realm role "
                    + CHECKER_ROLE + " on a token whose audience includes '" + checkerAudience + "'");
        }
        if (user == null) {
            throw BadRequest.notFound(prefix + field,
                    "no user '" + Fields.shortened(idOrUsername) + "' in this organization");
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

    /** The checker role counts only on a token meant for this API: one whose audience names it. */
    private boolean isChecker(AccessToken caller) {
        return CallerToken.hasRealmRole(caller, CHECKER_ROLE) && caller.hasAudience(checkerAudience);
    }
}
