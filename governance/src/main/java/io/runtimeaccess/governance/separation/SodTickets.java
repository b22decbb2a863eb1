package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodViolation;
import io.runtimeaccess.sharing.tickets.TicketRef;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.sharing.tickets.Tickets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A ticket for each violation the preventive check let through (warned, or overridden with a justification): someone
 * now holds both sides of a rule, and a person should look. Asked through the sharing module's ticket SPI, in the
 * transaction of the change, so it is queued only if the change commits; a realm without a ticket sink gets none.
 */
final class SodTickets {

    private SodTickets() {
    }

    static void open(KeycloakSession session, RealmModel realm, SodEventEntity event, SodViolation violation) {
        UserModel user = session.users().getUserById(realm, event.getUserId());
        String username = user == null ? event.getUserId() : user.getUsername();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Rule", event.getRuleName());
        facts.put("User", username);
        facts.put("Items held together", String.join(", ", violation.itemKeys()));
        facts.put("Item just added", event.getItemKey());
        facts.put("Outcome", event.getOutcome());
        if (event.getJustification() != null) {
            facts.put("Justification", event.getJustification());
        }
        facts.put("At", Instant.ofEpochMilli(event.getOccurredAt()).toString());
        String text = "The separation-of-duties rule \"" + event.getRuleName() + "\" was " + event.getOutcome()
                + " when " + event.getItemKey() + " was given to " + username + ", who now holds items the rule says"
                + " must not be held together. Review the access and remove one side, or record why it stays.";
        Tickets.open(session, realm, new TicketRequest(TicketRequest.SOD_VIOLATION, event.getId(),
                "Separation of duties: " + username + " breaks \"" + event.getRuleName() + "\"", text, facts,
                Map.of("username", username, "severity", SodEvents.OVERRIDDEN.equals(event.getOutcome())
                        ? "HIGH" : "MEDIUM")));
    }

    /** Adds {@code ticket} to the events' representations that have one. */
    static List<Map<String, Object>> withTickets(KeycloakSession session, RealmModel realm,
            List<Map<String, Object>> events) {
        Map<String, TicketRef> tickets = Tickets.of(session, realm, TicketRequest.SOD_VIOLATION,
                events.stream().map(event -> (String) event.get("id")).toList());
        for (Map<String, Object> event : events) {
            TicketRef ticket = tickets.get((String) event.get("id"));
            if (ticket != null) {
                event.put("ticket", Tickets.view(ticket));
            }
        }
        return events;
    }
}
