package io.runtimeaccess.sharing.tickets;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The SPI through which a module asks for a ticket without depending on the tracker's module. */
public class TicketSinkSpi implements Spi {

    public static final String NAME = "runtime-access-ticket-sink";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return TicketSink.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return TicketSinkFactory.class;
    }
}
