package io.runtimeaccess.tickets.registration;

import io.runtimeaccess.sharing.tickets.TicketSink;
import io.runtimeaccess.sharing.tickets.TicketSinkFactory;
import io.runtimeaccess.tickets.outbox.OutboxSink;
import org.keycloak.models.KeycloakSession;

/** Registers the outbox as the server's ticket sink. */
public class OutboxSinkFactory implements TicketSinkFactory {

    public static final String PROVIDER_ID = "runtime-access-jira";

    @Override
    public TicketSink create(KeycloakSession session) {
        return new OutboxSink(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
