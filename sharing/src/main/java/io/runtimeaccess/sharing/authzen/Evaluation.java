package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.check.Vocabulary;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.groupsync.LazyGroupSync;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.policy.Action;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * One AuthZEN evaluation, from the request's JSON to the decision: what the check API answers, and what the
 * admin API's {@code POST check} answers for an admin. Both go through here, so they cannot disagree.
 */
public final class Evaluation {

    /**
     * Finds the user a request names, or refuses (403, 404) in the caller's own terms; null for no such user when the
     * caller's answer to that is a denial ({@link Decision#DENY_UNKNOWN_SUBJECT}).
     */
    @FunctionalInterface
    public interface Subjects {
        UserModel find(String idOrUsername, String prefix, String field);
    }

    /** The user asked about, the solution, and the decision (with the index it came from, for the roles). */
    public record Outcome(UserModel user, String solutionId, Decision decision, AccessIndex index, long atMillis) {

        /** The user's effective roles on the solution at the same instant; none for a disabled or unknown user. */
        public List<String> roles() {
            return index == null ? List.of() : index.effectiveRoles(user.getId(), solutionId, atMillis);
        }

        /** {@code {"decision", "context": {"code", "reason"}}}, the AuthZEN answer. */
        public ObjectNode answer() {
            return answerOf(decision);
        }
    }

    /** The AuthZEN answer of a decision, a new object each time (the admin API adds the roles to it). */
    static ObjectNode answerOf(Decision decision) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("decision", decision.allowed());
        ObjectNode context = response.putObject("context");
        context.put("code", decision.name());
        context.put("reason", decision.reason());
        return response;
    }

    private Evaluation() {
    }

    /** The request body, at most {@link JsonBody#MAX_BYTES}, as a JSON object (else a 400 naming {@code request}). */
    public static JsonNode readRequest(HttpHeaders headers, InputStream body) {
        return Fields.object(JsonBody.read(headers, body), "", "request");
    }

    /**
     * Evaluates {@code item}, taking each of its four members from {@code defaults} where it has none. {@code marksUse}
     * is false for a question that is not the subject's use of its access (an admin's check), so an allowed answer
     * does not mark the grant used and unused-access reports stay true.
     */
    public static Outcome evaluate(KeycloakSession session, RealmModel realm, JsonNode defaults, JsonNode item,
            String itemPrefix, Subjects subjects, boolean marksUse) {
        String subjectPrefix = item.has("subject") ? itemPrefix : "";
        JsonNode subjectNode = member(defaults, item, "subject");
        String subjectType = Fields.subjectType(subjectNode, subjectPrefix);
        String subjectId = Fields.text(subjectNode, "id", subjectPrefix, "subject.id");
        String prefix = item.has("action") ? itemPrefix : "";
        JsonNode actionNode = member(defaults, item, "action");
        String action = Fields.actionName(actionNode, prefix);
        prefix = item.has("resource") ? itemPrefix : "";
        ResourceAddress resource = ResourceAddress.of(member(defaults, item, "resource"), prefix);
        String[] filters = Fields.businessFilters(member(defaults, item, "context"),
                item.has("context") ? itemPrefix : "");
        long now = System.currentTimeMillis();
        // the whole request is valid before anyone is looked up: a missing member is a 400 whoever the subject is.
        // The searches find nothing for another type; an evaluation must not answer it as the user of that id, nor
        // pay a lookup for an answer that cannot depend on it.
        if (!AccessSearch.USER.equals(subjectType)) {
            return new Outcome(null, resource.solution(), Decision.DENY_UNKNOWN_SUBJECT_TYPE, null, now);
        }
        UserModel user = subjects.find(subjectId, subjectPrefix, "subject.id");
        if (user == null) {
            return new Outcome(null, resource.solution(), Decision.DENY_UNKNOWN_SUBJECT, null, now);
        }
        if (!user.isEnabled()) {
            return new Outcome(user, resource.solution(), Decision.DENY_SUBJECT_DISABLED, null, now);
        }
        // the solution is found before the lazy group sync writes anything, once: a name several solutions share is a
        // 400 that changes nothing, and which solutions have a resource does not depend on memberships
        String solution = resource.solutionIn(AccessIndexes.of(session, realm), prefix);
        AccessIndex synced = LazyGroupSync.syncedIndex(session, realm, user);
        AccessIndex index = marksUse ? synced : synced.withoutUseMarks();
        if (solution == null) {
            return new Outcome(user, null, Decision.DENY_UNKNOWN_RESOURCE, index, now);
        }
        Decision decision = index.check(RuntimeAttributes.subjectOf(user), solution, resource.typeIn(index),
                resource.name(), actionId(index, action), filters,
                RequestProperties.of(user, resource.node(), actionNode), now);
        return new Outcome(user, solution, decision, index, now);
    }

    /** The action's id in the index; the fixed actions are also recognised in any case, as they always were. */
    static int actionId(AccessIndex index, String action) {
        int id = index.vocabulary().actionId(action);
        if (id == Vocabulary.UNKNOWN) {
            Action fixed = Action.fromWireName(action);
            return fixed == null ? Vocabulary.UNKNOWN : fixed.ordinal();
        }
        return id;
    }

    /**
     * A batch's top-level members, the defaults of its items, each checked as an item's own would be: a malformed
     * default is the whole request's 400 (AuthZEN: an error of the entire payload), not a denial of every item that
     * takes it. A member absent from both an item and the defaults stays that item's denial.
     */
    public static void checkDefaults(JsonNode request) {
        if (request.has("subject")) {
            Fields.subjectType(request.get("subject"), "");
            Fields.text(request.get("subject"), "id", "", "subject.id");
        }
        if (request.has("action")) {
            Fields.actionName(request.get("action"), "");
        }
        if (request.has("resource")) {
            ResourceAddress.of(request.get("resource"), "");
        }
        Fields.businessFilters(request.get("context"), "");
    }

    private static JsonNode member(JsonNode defaults, JsonNode item, String name) {
        JsonNode own = item.get(name);
        return own != null ? own : defaults.get(name);
    }

    /**
     * Looks the subject up the way it was most likely named, so a check does not pay for a cache miss
     * (a database query) on the other lookup first: a UUID is tried as an id, anything else as a username. Both are
     * read from Keycloak's cache the way the caller is ({@link CallerUser}).
     */
    public static UserModel findUser(KeycloakSession session, RealmModel realm, String idOrUsername) {
        boolean uuid = looksLikeUuid(idOrUsername);
        UserModel user = uuid ? CallerUser.byId(session, realm, idOrUsername)
                : CallerUser.byUsername(session, realm, idOrUsername);
        if (user == null) {
            user = uuid ? CallerUser.byUsername(session, realm, idOrUsername)
                    : CallerUser.byId(session, realm, idOrUsername);
        }
        return user;
    }

    static boolean looksLikeUuid(String value) {
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
}
