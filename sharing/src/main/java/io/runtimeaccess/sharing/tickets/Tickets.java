package io.runtimeaccess.sharing.tickets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The producers' entry point: asks for a ticket, or reads the tickets of some sources for a view. Without the
 * tickets module (or with no sink configured in the realm) asking does nothing and reading finds none.
 */
public final class Tickets {

    private Tickets() {
    }

    /** Queues a ticket in the current transaction; see {@link TicketSink#open}. */
    public static boolean open(KeycloakSession session, RealmModel realm, TicketRequest ticket) {
        TicketSink sink = session.getProvider(TicketSink.class);
        return sink != null && sink.open(realm, ticket);
    }

    public static Map<String, TicketRef> of(KeycloakSession session, RealmModel realm, String kind,
            Collection<String> sourceIds) {
        TicketSink sink = session.getProvider(TicketSink.class);
        return sink == null || sourceIds.isEmpty() ? Map.of() : sink.tickets(realm, kind, sourceIds);
    }

    /** A view's {@code ticket} member, or null when the source has none. */
    public static Map<String, Object> view(TicketRef ticket) {
        if (ticket == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", ticket.key());
        view.put("status", ticket.status());
        view.put("url", ticket.url());
        view.put("resolved", ticket.resolved());
        return view;
    }
}
