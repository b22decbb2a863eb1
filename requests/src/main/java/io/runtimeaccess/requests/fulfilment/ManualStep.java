package io.runtimeaccess.requests.fulfilment;

import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestableItemEntity;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.sharing.tickets.Tickets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Items marked {@code manualStep} need a person to act once a request is approved (access also kept outside
 * Keycloak, a licence to assign): the approval asks the realm's ticket sink for a ticket, in the approval's
 * transaction, through the sharing module's SPI. The request's views show it as {@code fulfilmentTicket}
 * ({@code ticket} is the requester's own ticket number).
 */
public final class ManualStep {

    private ManualStep() {
    }

    public static void open(KeycloakSession session, RealmModel realm, AccessRequestEntity request,
            RequestableItemEntity item, UserModel requester) {
        if (!item.isManualStep()) {
            return;
        }
        String access = ItemKind.valueOf(request.getKind()).accessKey(request.getScopeId(), request.getTarget());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Request", request.getId());
        facts.put("Requester", requester.getUsername());
        facts.put("Access", access);
        if (item.getDescription() != null) {
            facts.put("Item", item.getDescription());
        }
        facts.put("Justification", request.getJustification() == null ? "" : request.getJustification());
        facts.put("Requester's ticket", request.getTicket() == null ? "" : request.getTicket());
        facts.put("Expires", request.getExpiresAt() == null ? "" : Instant.ofEpochMilli(request.getExpiresAt())
                .toString());
        String text = "An access request was approved and Keycloak gave " + access + " to " + requester.getUsername()
                + ". The item needs a manual step: do what its description says, then resolve this ticket.";
        Tickets.open(session, realm, new TicketRequest(TicketRequest.ACCESS_REQUEST, request.getId(),
                "Access request approved: " + access + " for " + requester.getUsername(), text, facts,
                Map.of("username", requester.getUsername())));
    }

    /** The request's ticket as its views show it, or null; only an approved request can have one. */
    public static Map<String, Object> ticket(KeycloakSession session, RealmModel realm, AccessRequestEntity request) {
        return tickets(session, realm, List.of(request)).get(request.getId());
    }

    /** The tickets of a page of requests as their views show them, by request id; one look for the page. */
    public static Map<String, Map<String, Object>> tickets(KeycloakSession session, RealmModel realm,
            List<AccessRequestEntity> requests) {
        List<String> approved = requests.stream().filter(r -> r.getDecidedAt() != null
                && !RequestStatus.REJECTED.name().equals(r.getStatus())).map(AccessRequestEntity::getId).toList();
        Map<String, Map<String, Object>> views = new HashMap<>();
        if (!approved.isEmpty()) {
            Tickets.of(session, realm, TicketRequest.ACCESS_REQUEST, approved)
                    .forEach((id, ticket) -> views.put(id, Tickets.view(ticket)));
        }
        return views;
    }
}
