package io.runtimeaccess.tickets.outbox;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The realm's tickets at {@code .../runtime-access/tickets/outbox}, newest first, optionally of one state
 * ({@code pending}, {@code failed}, {@code open}, {@code resolved}); realm-management {@code view-realm}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public OutboxResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("state") String state, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        auth.realm().requireViewRealm();
        TicketState wanted = state(state);
        return new Outbox(session, realm).list(wanted, QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, 100, 1, 1000)).stream().map(OutboxResource::view).toList();
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
        throw BadRequest.invalid("state", "must be pending, failed, open or resolved");
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
