package io.runtimeaccess.tickets.outbox;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.store.RealmRows;
import io.runtimeaccess.tickets.sink.SinkStore;
import io.runtimeaccess.tickets.ticket.SourceKind;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The realm's tickets at {@code .../runtime-access/tickets/outbox}, newest first, optionally of one state
 * ({@code pending}, {@code failed}, {@code open}, {@code resolved}), or the tickets of given sources ({@code
 * sourceKind} and up to 100 {@code sourceId}s, e.g. a page of findings); realm-management {@code view-realm}. A
 * failed ticket can be queued again ({@code POST {id}/retry}).
 */
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    static final int MAX_SOURCES = 100;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public OutboxResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /**
     * Queues a failed ticket again (after a Jira outage longer than the retries, or a token fixed after a 401):
     * due at once, with its attempts kept, so the courier first searches Jira for an issue an earlier attempt made.
     * {@code manage-realm}, as the sink's configuration; 404 naming {@code id}, 409 naming it unless it failed.
     */
    @POST
    @Path("{id}/retry")
    public Map<String, Object> retry(@PathParam("id") String id) {
        auth.realm().requireManageRealm();
        TicketEntity ticket = !Limits.lookable(id) ? null : RealmRows.lockedInRealm(SinkStore.em(session),
                TicketEntity.class, id, realm.getId(), TicketEntity::getRealmId);
        if (ticket == null) {
            throw BadRequest.notFound("id", "no ticket '" + Limits.shown(id) + "' in this realm");
        }
        if (!TicketState.FAILED.name().equals(ticket.getState())) {
            throw BadRequest.conflict("id", "the ticket is " + ticket.getState().toLowerCase(java.util.Locale.ROOT)
                    + "; only a failed ticket is queued again");
        }
        ticket.setState(TicketState.PENDING.name());
        ticket.setNextAt(System.currentTimeMillis());
        Map<String, Object> view = view(ticket);
        adminEvent.operation(OperationType.ACTION).resourcePath(session.getContext().getUri()).representation(view)
                .success();
        return view;
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("state") String state, @QueryParam("first") String first,
            @QueryParam("max") String max, @QueryParam("sourceKind") String sourceKind,
            @QueryParam("sourceId") List<String> sourceIds) {
        auth.realm().requireViewRealm();
        TicketState wanted = state(state);
        int from = QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE);
        int size = QueryParams.integer("max", max, 100, 1, 1000);
        Outbox outbox = new Outbox(session, realm);
        if (sourceKind == null && sourceIds.isEmpty()) {
            return outbox.list(wanted, from, size).stream().map(OutboxResource::view).toList();
        }
        return outbox.ofSources(kind(sourceKind), sourceIds(sourceIds), wanted, from, size).stream()
                .map(OutboxResource::view).toList();
    }

    private static SourceKind kind(String value) {
        SourceKind kind = SourceKind.of(value);
        if (kind == null) {
            throw BadRequest.invalid("sourceKind", "must be sod-violation, access-request, finding or "
                    + "campaign-revocation, with sourceId");
        }
        return kind;
    }

    /** The sources a view shows at once: a page of findings, say; one query with a bounded IN list. */
    private static List<String> sourceIds(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_SOURCES) {
            throw BadRequest.invalid("sourceId", "give 1 to " + MAX_SOURCES + " sourceId parameters with sourceKind");
        }
        if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw BadRequest.invalid("sourceId", "must be 1 to 255 characters");
        }
        ids.forEach(id -> Limits.text("sourceId", id, 255));
        return ids.stream().distinct().toList();
    }

    private static TicketState state(String value) {
        if (value == null) {
            return null;
        }
        for (TicketState state : TicketState.values()) {
            if (state.name().equalsIgnoreCase(value)) {
                return state;
            }
        }
        throw BadRequest.invalid("state", "must be pending, failed, open, resolved or gone");
    }

    static Map<String, Object> view(TicketEntity ticket) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", ticket.getId());
        view.put("sourceKind", ticket.getSourceKind());
        view.put("sourceId", ticket.getSourceId());
        view.put("summary", ticket.getSummary());
        view.put("state", ticket.getState().toLowerCase(java.util.Locale.ROOT));
        view.put("attempts", ticket.getAttempts());
        view.put("nextAttemptAt", TicketState.PENDING.name().equals(ticket.getState())
                ? Instant.ofEpochMilli(ticket.getNextAt()).toString() : null);
        view.put("lastError", ticket.getLastError());
        view.put("ticket", io.runtimeaccess.sharing.tickets.Tickets.view(Outbox.ref(ticket)));
        view.put("createdAt", Instant.ofEpochMilli(ticket.getCreatedAt()).toString());
        view.put("deliveredAt", ticket.getDeliveredAt() == null ? null
                : Instant.ofEpochMilli(ticket.getDeliveredAt()).toString());
        return view;
    }
}
