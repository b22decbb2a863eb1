package io.runtimeaccess.notifications.mail;

import org.keycloak.provider.ProviderFactory;

/** Creates a {@link Mailer}; the one implementation is {@link OutboxMailerFactory}. */
public interface MailerFactory extends ProviderFactory<Mailer> {
}
