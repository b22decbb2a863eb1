package io.runtimeaccess.governance.queue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.events.actor.AdminNames;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code …/runtime-access/governance/proposals}: the queue, filtered, newest first; approve, reject and bulk.
 * Reading needs view-users, deciding manage-users. In mode report (or off) the queue is read-only: every
 * decision is a 409.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    static final int MAX_PAGE = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final ProposalStore store;

    public ProposalsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.store = new ProposalStore(session, realm);
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("user") String user, @QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        String statusName = blank(status) ? null : status(status);
        String categoryName = blank(category) ? null : category(category);
        Set<String> userIds = blank(user) ? null : userIds(user);
        return store.list(statusName, categoryName, userIds, QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, 100, 1, MAX_PAGE)).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        auth.users().requireView();
        return view(find(id));
    }

    /** Body {@code {"comment": optional, "sodOverride": optional justification}}. */
    @POST
    @Path("{id}/approve")
    public Map<String, Object> approve(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        // the request's own faults first (400, then 404), as everywhere; then whether the realm takes decisions
        JsonBodies.onlyFields(body, Set.of("comment", AccessChangeGuards.OVERRIDE_FIELD));
        String comment = text(body, "comment", Limits.TEXT);
        String sodOverride = AccessChangeGuards.override(text(body, AccessChangeGuards.OVERRIDE_FIELD, Limits.TEXT));
        ProposalEntity proposal = find(id);
        requireDecisions();
        DeciderRights.require(session, realm, auth, proposal);
        try {
            new ProposalDecisions(session, realm).approve(proposal, actor(), comment, sodOverride);
        } catch (ProposalDecisions.NotWaiting decided) {
            throw BadRequest.conflict("status", decided.getMessage());
        }
        return view(proposal);
    }

    /** Body {@code {"reason": required}}. */
    @POST
    @Path("{id}/reject")
    public Map<String, Object> reject(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        JsonBodies.onlyFields(body, Set.of("reason"));
        String reason = requiredReason(body);
        ProposalEntity proposal = find(id);
        GovernanceSettings settings = requireDecisions();
        try {
            new ProposalDecisions(session, realm).reject(proposal, actor(), reason, settings.rejectionSuppressionDays());
        } catch (ProposalDecisions.NotWaiting decided) {
            throw BadRequest.conflict("status", decided.getMessage());
        }
        return view(proposal);
    }

    /** Body {@code {"action":"approve|reject","ids":[1..500],"reason": required for reject}}. */
    @POST
    @Path("bulk")
    public Map<String, Object> bulk(JsonNode body) {
        auth.users().requireManage();
        JsonBodies.onlyFields(body, Set.of("action", "ids", "reason"));
        String action = text(body, "action", 16);
        if (!"approve".equals(action) && !"reject".equals(action)) {
            throw BadRequest.invalid("action", "must be approve or reject");
        }
        List<String> ids = BulkDecisions.ids(body.get("ids"));
        String reason = "reject".equals(action) ? requiredReason(body) : text(body, "reason", Limits.TEXT);
        GovernanceSettings settings = requireDecisions();
        return Map.of("results", new BulkDecisions(session, realm, auth, store, actor())
                .decide("approve".equals(action), ids, reason, settings.rejectionSuppressionDays()));
    }

    /** The proposal's view, with the deciding admin's username beside the recorded id, for people to read. */
    private Map<String, Object> view(ProposalEntity proposal) {
        Map<String, Object> view = ProposalView.representation(proposal);
        // an automatic decision names its source, which no user has: AdminNames remembers the miss for the request
        view.put("decidedByUsername", AdminNames.username(session, realm, proposal.getDecidedBy()));
        return view;
    }

    private GovernanceSettings requireDecisions() {
        GovernanceSettings settings = SettingsStore.of(session, realm);
        if (!ProposalDecisions.decisionsOpen(settings)) {
            throw BadRequest.conflict("mode", settings.mode().apiName() + ": proposals are read-only");
        }
        return settings;
    }

    private ProposalEntity find(String id) {
        ProposalEntity proposal = store.find(id);
        if (proposal == null) {
            throw BadRequest.notFound("id", "no proposal '" + Limits.shown(id) + "' in this realm");
        }
        return proposal;
    }

    private Actor actor() {
        return Actor.admin(session, auth.adminAuth());
    }

    private static String requiredReason(JsonNode body) {
        String reason = text(body, "reason", Limits.TEXT);
        if (reason == null || reason.isBlank()) {
            throw BadRequest.invalid("reason", "is required");
        }
        return reason;
    }

    /** An optional string field of an optional JSON object body; a 400 naming the field if it is not a string. */
    static String text(JsonNode body, String field, int max) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        if (!body.isObject()) {
            throw BadRequest.invalid("body", "must be a JSON object");
        }
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw BadRequest.invalid(field, "must be a string");
        }
        return Limits.text(field, value.asText(), max);
    }

    private static String status(String value) {
        try {
            return ProposalStatus.ofApiName(value).name();
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("status", "'" + Limits.shown(value)
                    + "' is not one of proposed, approved, rejected, applied, failed, expired");
        }
    }

    private static String category(String value) {
        try {
            return Category.ofApiName(value).name();
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("category", "'" + Limits.shown(value) + "' is not a category");
        }
    }

    /** The user filter names a user by id or by username; both are matched (a username may look like an id). */
    private Set<String> userIds(String user) {
        Limits.text("user", user, Limits.USER_REF);
        Set<String> ids = new HashSet<>();
        ids.add(user);
        UserModel byName = session.users().getUserByUsername(realm, user);
        if (byName != null) {
            ids.add(byName.getId());
        }
        return ids;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}
