package io.runtimeaccess.notifications.mail;

import java.util.Collection;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * Sends templated email to users of a realm through Keycloak's own email sender, after the session's transaction
 * committed and never on the caller's thread: a slow or dead SMTP server neither slows nor fails the HTTP call, and a
 * rolled-back change tells nobody. Obtained with {@code session.getProvider(Mailer.class)}.
 */
public interface Mailer extends Provider {

    /**
     * Queues the message for each user once the session's transaction has committed; nothing when it rolls back.
     * A user that is gone or has no email address is skipped and counted, never an error.
     */
    void sendAfterCommit(RealmModel realm, Collection<String> userIds, MailMessage message);

    @Override
    default void close() {
    }
}
