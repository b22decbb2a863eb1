package io.runtimeaccess.notifications.mail;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The SPI through which every Runtime Access module sends email; its factory owns the node's mail outbox. */
public class MailerSpi implements Spi {

    public static final String NAME = "runtime-access-mailer";

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
        return Mailer.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return MailerFactory.class;
    }
}
