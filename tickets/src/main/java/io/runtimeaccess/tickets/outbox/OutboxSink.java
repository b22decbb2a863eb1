package io.runtimeaccess.tickets.outbox;

import io.runtimeaccess.sharing.tickets.TicketRef;
import io.runtimeaccess.sharing.tickets.TicketRequest;
import io.runtimeaccess.sharing.tickets.TicketSink;
import java.util.Collection;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The sharing module's {@link TicketSink}, answered by the realm's {@link Outbox}. */
public final class OutboxSink implements TicketSink {

    private final KeycloakSession session;

    public OutboxSink(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public boolean open(RealmModel realm, TicketRequest ticket) {
        return new Outbox(session, realm).open(ticket);
    }

    @Override
    public Map<String, TicketRef> tickets(RealmModel realm, String kind, Collection<String> sourceIds) {
        return new Outbox(session, realm).tickets(kind, sourceIds);
    }
}
