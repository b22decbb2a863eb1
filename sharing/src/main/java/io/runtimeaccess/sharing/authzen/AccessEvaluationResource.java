package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.authzen.CallerToken.Caller;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.console.ConsoleResource;
import io.runtimeaccess.sharing.extension.RealmExtension;
import io.runtimeaccess.sharing.groupsync.LazyGroupSync;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.HashMap;
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
 * A body that is not declared as JSON is a 400 ({@link JsonBody}), as AuthZEN 1.0 asks, rather than JAX-RS's 415.
 */
@Produces(MediaType.APPLICATION_JSON)
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
    /**
     * The user each subject name of this request found, or null for none (a resource lives for one request; at most
     * one entry per batch item).
     */
    private Map<String, UserModel> subjectsFound;

    public AccessEvaluationResource(KeycloakSession session, String checkerAudience) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.checkerAudience = checkerAudience;
    }

    /** The admin console's static files; see {@link ConsoleResource}. */
    @Path("console")
    public ConsoleResource console() {
        return new ConsoleResource(session);
    }

    /**
     * The users' own APIs other modules serve ({@link RealmExtension} of the same id): just-in-time access requests
     * ({@code requests}) and the reviewers' access reviews ({@code reviews}). Listed by name so no other path is
     * taken for an extension.
     */
    @Path("{extension: requests|reviews}")
    public Object extension(@PathParam("extension") String id) {
        RealmExtension extension = session.getProvider(RealmExtension.class, id);
        if (extension == null) {
            throw new NotFoundException();
        }
        return extension.resource(realm);
    }

    /** The answer is one of a few constants, written from bytes serialized once ({@link Answers}). */
    @POST
    @Path("access/v1/evaluation")
    public byte[] evaluation(InputStream body) {
        Caller caller = authenticate();
        JsonNode request = readRequest(body);
        return Answers.of(evaluate(caller, request, request, ""));
    }

    /**
     * Batch form: top-level subject, action, resource and context are defaults each item of
     * {@code evaluations} may override. The defaults are looked up, never copied, per item.
     * {@code options.evaluations_semantic} may stop the batch at the first denial or permit
     * ({@link EvaluationsSemantic}); an item that is not an object refuses the batch, an item whose members are
     * wrong is answered as a denial saying why, and items after the batch stopped are not looked at.
     */
    @POST
    @Path("access/v1/evaluations")
    public byte[] evaluations(InputStream body) {
        Caller caller = authenticate();
        JsonNode request = readRequest(body);
        JsonNode items = items(request.get("evaluations"));
        EvaluationsSemantic semantic = EvaluationsSemantic.of(request.get("options"));
        Answers.Batch results = new Answers.Batch();
        if (items == null || items.isEmpty()) {
            // AuthZEN 1.0: without items the batch endpoint answers as the single evaluation does.
            return Answers.of(evaluate(caller, request, request, ""));
        }
        Evaluation.checkDefaults(request);
        for (int i = 0; i < items.size(); i++) {
            boolean allowed = evaluateItem(caller, request, items.get(i), "evaluations[" + i + "].", results);
            if (semantic.stopsAfter(allowed)) {
                break;
            }
        }
        return results.toJson();
    }

    /** The items, each an object, checked before any is evaluated: an item that is not one refuses the batch. */
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

    private JsonNode readRequest(InputStream body) {
        return Evaluation.readRequest(session.getContext().getRequestHeaders(), body);
    }

    /** AuthZEN's Subject, Resource and Action Search APIs, with the same callers as the evaluations. */
    @Path("access/v1/search")
    public SearchEndpoints search() {
        return new SearchEndpoints(session, realm, this);
    }

    /** The effective runtime roles of a user on a solution (Active Policy only, unexpired grants). */
    @GET
    @Path("solutions/{solution}/roles")
    public Map<String, Object> roles(@PathParam("solution") String solutionId, @QueryParam("user") String user) {
        Caller caller = authenticate();
        Limits.text("user", user, Limits.USER_REF);
        UserModel subject = subjectUser(caller, user == null ? caller.token().getSubject() : user, "", "user");
        if (subject == null) {
            // not an AuthZEN evaluation: an unknown id is a 404 here, as on every other endpoint of the extension
            throw BadRequest.notFound("user", "no user '" + Fields.shortened(user) + "' in this organization");
        }
        List<String> roles = !subject.isEnabled() ? List.of() : LazyGroupSync.syncedIndex(session, realm, subject)
                .effectiveRoles(subject.getId(), solutionId, System.currentTimeMillis());
        return Map.of("user", subject.getId(), "solution", solutionId, "roles", roles);
    }

    /**
     * One item of a batch: a refused item (a missing member, an unknown subject) is a denial that says why, as
     * AuthZEN 1.0 lets an {@code execute_all} batch denote a failed item, so the other items still get answers.
     */
    private boolean evaluateItem(Caller caller, JsonNode defaults, JsonNode item, String itemPrefix,
            Answers.Batch results) {
        try {
            Decision decision = evaluate(caller, defaults, item, itemPrefix);
            results.add(decision);
            return decision.allowed();
        } catch (BadRequest refused) {
            results.add(ItemRefusal.answer(refused));
            return false;
        }
    }

    /** Evaluates {@code item} for {@code caller}, who may ask about itself, or anyone if it is a checker. */
    private Decision evaluate(Caller caller, JsonNode defaults, JsonNode item, String itemPrefix) {
        return Evaluation.evaluate(session, realm, defaults, item, itemPrefix,
                (subject, prefix, field) -> subjectUser(caller, subject, prefix, field), true).decision();
    }

    Caller authenticate() {
        RequestIds.echo(session);
        return CallerToken.authenticate(session, realm);
    }

    /** The subject a caller may ask about: itself, or anyone (null for nobody) if it holds the checker role. */
    private UserModel subjectUser(Caller caller, String idOrUsername, String prefix, String field) {
        if (namesCaller(caller.user(), idOrUsername)) {
            return caller.user();
        }
        boolean checker = isChecker(caller.token());
        if (!checker && !mayNameCaller(caller.user().getId(), caller.user().getUsername(), idOrUsername)) {
            // refused before any lookup: one who may only ask about itself learns nothing and costs no query
            throw forbidden();
        }
        // a batch looks each name up once, not per item: an unknown one costs two cache misses (database queries)
        if (subjectsFound == null) {
            subjectsFound = new HashMap<>();
        }
        UserModel user;
        if (subjectsFound.containsKey(idOrUsername)) {
            user = subjectsFound.get(idOrUsername);
        } else {
            user = Evaluation.findUser(session, realm, idOrUsername);
            subjectsFound.put(idOrUsername, user);
        }
        boolean self = user != null && user.getId().equals(caller.token().getSubject());
        if (!self && !checker) {
            throw forbidden();
        }
        // AuthZEN: a request that could be evaluated and is not allowed is a 200 with decision false, not an error
        return user;
    }

    private ForbiddenException forbidden() {
        return new ForbiddenException("a user may only ask about itself; other subjects need the realm role "
                + CHECKER_ROLE + " on a token whose audience includes '" + checkerAudience + "'");
    }

    /**
     * Whether a lookup of {@code idOrUsername} could find the caller: its id, or its username in another case
     * (Keycloak finds usernames whatever their case). Anything else names someone else, or nobody.
     */
    static boolean mayNameCaller(String callerId, String callerUsername, String idOrUsername) {
        return idOrUsername.equals(callerId) || idOrUsername.equalsIgnoreCase(callerUsername)
                // Keycloak lowers a username with the default locale before it looks it up, as here
                || idOrUsername.toLowerCase().equals(callerUsername);
    }

    String checkerAudience() {
        return checkerAudience;
    }

    /**
     * Whether the subject is the caller, named the way {@link Evaluation#findUser} would find it first (a UUID
     * as an id, anything else as a username): the caller's user is already loaded, so a user asking about
     * itself costs no second lookup. Usernames are stored in lower case; another spelling takes the lookup.
     */
    static boolean namesCaller(UserModel caller, String idOrUsername) {
        return Evaluation.looksLikeUuid(idOrUsername) ? caller.getId().equals(idOrUsername)
                : idOrUsername.equals(caller.getUsername());
    }

    /** The checker role counts only on a token meant for this API: one whose audience names it. */
    boolean isChecker(AccessToken caller) {
        return CallerToken.hasRealmRole(caller, CHECKER_ROLE) && caller.hasAudience(checkerAudience);
    }
}
