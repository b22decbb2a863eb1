package io.runtimeaccess.sharing.tickets;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Creates the {@link TicketSink}; the tickets module registers the only one. */
public interface TicketSinkFactory extends ProviderFactory<TicketSink> {

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
