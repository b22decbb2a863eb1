package io.runtimeaccess.sharing.authzen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.check.IndexSearch;
import io.runtimeaccess.sharing.check.IndexSearch.ResourceRef;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.groupsync.LazyGroupSync;
import io.runtimeaccess.sharing.index.AccessIndexes;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * AuthZEN 1.0's Subject, Resource and Action Search: the candidates come from the in-memory index
 * ({@link IndexSearch}) and each is decided by the same {@link AccessIndex#check} an evaluation uses, so a search
 * lists exactly what evaluations would allow. A search does not mark grants as used: it exercises no access.
 * The searched entity's {@code id} is ignored, as the specification says; every input entity is required whole.
 */
public final class AccessSearch {

    /** The only subject type; a search for any other type finds nothing. */
    static final String USER = "user";

    /** Finds the subject a search is about: {@code null} if unknown, a 403 if the caller may not ask about it. */
    @FunctionalInterface
    public interface Subjects {
        UserModel find(String idOrUsername);
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Subjects subjects;

    public AccessSearch(KeycloakSession session, RealmModel realm, Subjects subjects) {
        this.session = session;
        this.realm = realm;
        this.subjects = subjects;
    }

    /** Who may do the action on the resource: users with a grant on its solution whom the check allows. */
    public ObjectNode subjects(JsonNode request) {
        String type = Fields.subjectType(request.get("subject"), "");
        JsonNode actionNode = request.get("action");
        String action = Fields.actionName(actionNode, "");
        ResourceAddress resource = ResourceAddress.of(request.get("resource"), "");
        String[] filters = Fields.businessFilters(request.get("context"), "");
        SearchPage page = SearchPage.of(request);
        if (!USER.equals(type)) {
            // answered before any lookup, as an evaluation denies it: nothing about the resource can change that
            return SearchPage.empty();
        }
        AccessIndex index = AccessIndexes.of(session, realm).withoutUseMarks();
        String solution = resource.solutionIn(index, "");
        if (solution == null) {
            return SearchPage.empty();
        }
        List<String> candidates = IndexSearch.usersWithGrants(index, solution);
        int typeId = resource.typeIn(index);
        int actionId = Evaluation.actionId(index, action);
        long now = System.currentTimeMillis();
        return page.answer(candidates.size(), i -> {
            // as the check API reads its subject: from Keycloak's user cache entry, without the organization lookups
            UserModel user = CallerUser.byId(session, realm, candidates.get(i));
            if (user == null || !user.isEnabled() || !index.check(RuntimeAttributes.subjectOf(user), solution, typeId,
                    resource.name(), actionId, filters, RequestProperties.of(user, resource.node(), actionNode), now)
                    .allowed()) {
                return null;
            }
            ObjectNode result = entity("type", USER, "id", user.getUsername());
            result.putObject("properties").put("userId", user.getId());
            return result;
        });
    }

    /** Which resources of a type the subject may do the action on, across the Active Policies. */
    public ObjectNode resources(JsonNode request) {
        JsonNode subjectNode = request.get("subject");
        String subjectType = Fields.subjectType(subjectNode, "");
        String subjectId = Fields.text(subjectNode, "id", "", "subject.id");
        JsonNode actionNode = request.get("action");
        String action = Fields.actionName(actionNode, "");
        JsonNode resourceNode = Fields.object(request.get("resource"), "", "resource");
        String type = Fields.text(resourceNode, "type", "", "resource.type");
        Fields.optionalObject(resourceNode, "properties", "", "resource.properties");
        String[] filters = Fields.businessFilters(request.get("context"), "");
        SearchPage page = SearchPage.of(request);
        UserModel user = USER.equals(subjectType) ? subjects.find(subjectId) : null;
        if (user == null || !user.isEnabled()) {
            return SearchPage.empty();
        }
        AccessIndex index = LazyGroupSync.syncedIndex(session, realm, user).withoutUseMarks();
        boolean solutions = ResourceAddress.SOLUTION.equals(type);
        List<ResourceRef> candidates = solutions ? IndexSearch.solutions(index) : IndexSearch.resourcesOfType(index, type);
        int typeId = solutions ? AccessIndex.ANY_TYPE : index.vocabulary().typeId(type);
        int actionId = Evaluation.actionId(index, action);
        RequestProperties properties = RequestProperties.of(user, resourceNode, actionNode);
        long now = System.currentTimeMillis();
        return page.answer(candidates.size(), i -> {
            ResourceRef candidate = candidates.get(i);
            // a solution is addressed by its id alone, as in an evaluation: it has no resource name
            if (!index.check(RuntimeAttributes.subjectOf(user), candidate.solutionId(), typeId,
                    solutions ? null : candidate.name(),
                    actionId, filters, properties, now).allowed()) {
                return null;
            }
            if (solutions) {
                return entity("type", type, "id", candidate.solutionId());
            }
            ObjectNode result = entity("type", type, "id", candidate.name());
            result.putObject("properties").put("solution", candidate.solutionId());
            return result;
        });
    }

    /** What the subject may do on the resource: its actions that the check allows. */
    public ObjectNode actions(JsonNode request) {
        JsonNode subjectNode = request.get("subject");
        String subjectType = Fields.subjectType(subjectNode, "");
        String subjectId = Fields.text(subjectNode, "id", "", "subject.id");
        ResourceAddress resource = ResourceAddress.of(request.get("resource"), "");
        String[] filters = Fields.businessFilters(request.get("context"), "");
        SearchPage page = SearchPage.of(request);
        UserModel user = USER.equals(subjectType) ? subjects.find(subjectId) : null;
        if (user == null || !user.isEnabled()) {
            return SearchPage.empty();
        }
        AccessIndex index = LazyGroupSync.syncedIndex(session, realm, user).withoutUseMarks();
        String solution = resource.solutionIn(index, "");
        List<String> candidates = solution == null ? List.of() : IndexSearch.actionsOf(index, solution, resource.name());
        int typeId = resource.typeIn(index);
        RequestProperties properties = RequestProperties.of(user, resource.node(), null);
        long now = System.currentTimeMillis();
        return page.answer(candidates.size(), i -> index.check(RuntimeAttributes.subjectOf(user), solution, typeId,
                resource.name(), Evaluation.actionId(index, candidates.get(i)), filters, properties, now).allowed()
                ? entity("name", candidates.get(i), null, null) : null);
    }

    private static ObjectNode entity(String key, String value, String otherKey, String otherValue) {
        ObjectNode entity = JsonNodeFactory.instance.objectNode().put(key, value);
        if (otherKey != null) {
            entity.put(otherKey, otherValue);
        }
        return entity;
    }
}
