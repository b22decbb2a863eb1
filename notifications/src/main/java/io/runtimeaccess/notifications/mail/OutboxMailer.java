package io.runtimeaccess.notifications.mail;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Queues mail in the node's {@link MailOutbox} when the session's transaction commits. */
final class OutboxMailer implements Mailer {

    /** Used only until a request has been seen: a mail caused by a scheduled task has no request to ask. */
    static final URI NO_REQUEST_BASE = URI.create("http://localhost/");

    private final KeycloakSession session;
    private final MailOutbox outbox;
    private final AtomicReference<URI> lastBaseUri;

    OutboxMailer(KeycloakSession session, MailOutbox outbox, AtomicReference<URI> lastBaseUri) {
        this.session = session;
        this.outbox = outbox;
        this.lastBaseUri = lastBaseUri;
    }

    @Override
    public void sendAfterCommit(RealmModel realm, Collection<String> userIds, MailMessage message) {
        List<String> recipients = List.copyOf(new LinkedHashSet<>(userIds));
        if (recipients.isEmpty()) {
            return;
        }
        MailJob job = new MailJob(realm.getId(), realm.getName(), recipients, message, baseUri());
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                outbox.offer(job);
            }

            @Override
            protected void rollbackImpl() {
                // the change did not happen: nobody is told
            }
        });
    }

    /**
     * The server's base URI as this request sees it (the hostname settings apply to it again when the mail is
     * rendered), else the last one a request showed on this node, for mail caused by a scheduled task.
     */
    private URI baseUri() {
        try {
            URI base = session.getContext().getUri().getBaseUri();
            lastBaseUri.set(base);
            return base;
        } catch (RuntimeException noRequest) {
            URI last = lastBaseUri.get();
            return last == null ? NO_REQUEST_BASE : last;
        }
    }
}
