package io.runtimeaccess.notifications.mail;

import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.log.RateLimitedLog;
import java.util.ArrayList;
import java.util.HashMap;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Sends a job on a sender thread, in a Keycloak session of its own, through Keycloak's {@link EmailTemplateProvider}:
 * the realm's SMTP settings and email theme, each recipient's locale (the user's {@code locale} attribute when the
 * realm supports it, else the realm's default) and the theme's messages, which include ours from
 * {@code theme-resources/messages}. Failures are counted and logged with the user's id, never the address or the SMTP
 * settings.
 */
final class KeycloakMailDelivery implements MailOutbox.Delivery {

    private static final Logger LOG = Logger.getLogger(KeycloakMailDelivery.class);

    private final KeycloakSessionFactory factory;
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);

    KeycloakMailDelivery(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    @Override
    public void send(MailJob job, MailOutbox.Counters counters) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> sendIn(session, job, counters));
    }

    /**
     * A user still there, enabled and with an address. A disabled account is told nothing: its owner left or was
     * locked out, and may not act on what the mail says.
     */
    static boolean reachable(UserModel user) {
        return user != null && user.isEnabled() && user.getEmail() != null && !user.getEmail().isBlank();
    }

    private void sendIn(KeycloakSession session, MailJob job, MailOutbox.Counters counters) {
        RealmModel realm = session.realms().getRealm(job.realmId());
        if (realm == null || !hasSmtpServer(realm)) {
            // A realm without an SMTP server does not send mail: that is its choice, not a failure to warn about.
            job.userIds().forEach(id -> counters.skipped());
            return;
        }
        session.getContext().setRealm(realm);
        // Keycloak's email theme resolves the locale from the request's headers and builds links from its URI.
        session.getContext().setHttpRequest(new BackgroundRequest(job.baseUri()));
        for (String userId : job.userIds()) {
            try {
                // looked up inside the try: a user store failing for one recipient (LDAP down) is that mail's
                // failure, not the end of the job for the recipients after it
                UserModel user = session.users().getUserById(realm, userId);
                if (!reachable(user)) {
                    counters.skipped();
                    continue;
                }
                MailMessage message = job.message();
                // Keycloak adds its own attributes to the map it is given, so each recipient gets a fresh copy.
                session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                        .send(message.subjectKey(), new ArrayList<>(message.subjectParameters()), message.template(),
                                new HashMap<>(message.attributes()));
                counters.sent();
            } catch (EmailException | RuntimeException e) {
                counters.failed();
                warnings.warn(realm.getId(), "Realm '%s': the '%s' mail to user %s was not sent: %s",
                        LogText.oneLine(realm.getName()), job.message().template(), userId, failure(e));
            }
        }
    }

    private static boolean hasSmtpServer(RealmModel realm) {
        String host = realm.getSmtpConfig() == null ? null : realm.getSmtpConfig().get("host");
        return host != null && !host.isBlank();
    }

    /**
     * What failed, as the chain of exception types down to the SMTP or template error itself (Keycloak wraps it in
     * "Failed to send email"), without any message: the mail server's reply quotes the recipient's address ("550
     * <bob@example.com>: Recipient address rejected") and a connection error names the SMTP host.
     */
    static String failure(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getSimpleName());
        Throwable cause = e;
        for (int depth = 0; depth < 8 && cause.getCause() != null && cause.getCause() != cause; depth++) {
            cause = cause.getCause();
            chain.append(" < ").append(cause.getClass().getSimpleName());
        }
        return chain.toString();
    }
}
