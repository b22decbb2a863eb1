package io.runtimeaccess.requests.item;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.requests.policy.AccessPolicy;
import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.requests.policy.AutoApproval;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Requestable items under {@code /admin/realms/{realm}/runtime-access/requests/items}: reading needs
 * {@code view-users}, changing {@code manage-users}. Every change is a CUSTOM admin event. Everything is checked
 * before anything is written, so a refused body changes nothing.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestableItemsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final RequestStore store;

    public RequestableItemsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent.resource(ResourceType.CUSTOM);
        this.store = new RequestStore(session, realm.getId());
    }

    @GET
    public List<Map<String, Object>> list() {
        auth.users().requireView();
        return store.items().stream().map(ItemView::of).toList();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        auth.users().requireView();
        return ItemView.of(store.item("id", id));
    }

    @POST
    public Response create(JsonNode body) {
        auth.users().requireManage();
        RequestableItemEntity item = store.newItem();
        fill(JsonBodies.read(body, ItemBody.class), item);
        store.persist(item);
        Map<String, Object> created = ItemView.of(item);
        changed(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Replaces the item's target and policy; requests already made keep what they asked for. */
    @PUT
    @Path("{id}")
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        // locked as its deletion and a new request lock it: an update never writes a row deleted meanwhile (a 500),
        // and the pending requests read next are all there are
        RequestableItemEntity item = store.itemToRequest("id", id);
        ItemTargets.requireMayChange(realm, auth, item, store.pendingRequests(item.getId()));
        ItemBody rep = JsonBodies.read(body, ItemBody.class);
        RequestableItemEntity checked = store.newItem();
        fill(rep, checked);
        copy(checked, item);
        Map<String, Object> updated = ItemView.of(item);
        changed(OperationType.UPDATE, updated);
        return updated;
    }

    /** Refused (409) while the item has pending or active requests: their expiry still needs it listed. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        auth.users().requireManage();
        // locked as a new request locks it: no request is made for an item being deleted
        RequestableItemEntity item = store.itemToRequest("id", id);
        long open = store.openRequests(item.getId());
        if (open > 0) {
            throw BadRequest.conflict("id", "the item has " + open + " pending or active request(s); reject or "
                    + "let them expire first");
        }
        Map<String, Object> removed = ItemView.of(item);
        store.remove(item);
        changed(OperationType.DELETE, removed);
        return Response.noContent().build();
    }

    /** Checks the whole body and writes it into {@code item}, which is not yet managed. */
    private void fill(ItemBody rep, RequestableItemEntity item) {
        ItemKind kind = ItemPolicies.checked(() -> ItemKind.parse("kind", rep.kind));
        ItemTargets.resolve(session, realm, auth, kind, rep, item);
        item.setDescription(Limits.text("description", blankToNull(rep.description), 1024));
        if (rep.approvers == null) {
            throw BadRequest.invalid("approvers", "is required: {\"type\": users|group|realm-role|manager, \"values\": [...]}");
        }
        ApproverType type = rep.approvers.type == null ? null
                : ItemPolicies.checked(() -> ApproverType.parse("approvers.type", rep.approvers.type));
        List<String> values = type == null ? rep.approvers.values
                : ItemApprovers.resolve(session, realm, type, rep.approvers.values);
        AutoApproval auto = rep.autoApproval == null ? null
                : ItemPolicies.checked(() -> AutoApproval.of(rep.autoApproval.minConfidence, rep.autoApproval.maxRisk));
        AccessPolicy policy = ItemPolicies.checked(() -> AccessPolicy.of(rep.maxDuration, type, values,
                rep.approvalsNeeded, Boolean.TRUE.equals(rep.justificationRequired),
                Boolean.TRUE.equals(rep.ticketRequired), auto));
        if (!Approvers.trusted(session, realm, policy.approvers())) {
            throw BadRequest.invalid("approvers.values", Approvers.untrustedWhy(policy.approvers().values().get(0)));
        }
        ItemPolicies.apply(policy, item);
        item.setManualStep(Boolean.TRUE.equals(rep.manualStep));
    }

    private static void copy(RequestableItemEntity from, RequestableItemEntity to) {
        to.setKind(from.getKind());
        to.setScopeId(from.getScopeId());
        to.setTarget(from.getTarget());
        to.setDescription(from.getDescription());
        to.setMaxDurationSeconds(from.getMaxDurationSeconds());
        to.setApproverType(from.getApproverType());
        to.setApproverValues(from.getApproverValues());
        to.setApprovalsNeeded(from.getApprovalsNeeded());
        to.setJustificationRequired(from.isJustificationRequired());
        to.setTicketRequired(from.isTicketRequired());
        to.setManualStep(from.isManualStep());
        to.setAutoMinConfidence(from.getAutoMinConfidence());
        to.setAutoMaxRisk(from.getAutoMaxRisk());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void changed(OperationType operation, Object representation) {
        adminEvent.operation(operation).resourcePath(session.getContext().getUri()).representation(representation)
                .success();
    }
}
