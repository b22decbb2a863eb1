package io.runtimeaccess.sharing.tickets;

import java.util.Collection;
import java.util.Map;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * The realm's ticket sink, implemented by the tickets module; producers reach it through {@link Tickets} and never
 * depend on it. {@link #open} only queues the ticket in the caller's transaction (it commits or rolls back with the
 * change that wanted it); a background task delivers it later, so no producer waits for the tracker.
 */
public interface TicketSink extends Provider {

    /** Queues the ticket if the realm has a sink that takes this kind; false when it does not, or the outbox is full. */
    boolean open(RealmModel realm, TicketRequest ticket);

    /** The tickets of these sources of one kind, by source id; sources without one are absent. */
    Map<String, TicketRef> tickets(RealmModel realm, String kind, Collection<String> sourceIds);

    @Override
    default void close() {
    }
}
