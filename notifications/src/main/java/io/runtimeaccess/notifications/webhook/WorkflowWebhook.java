package io.runtimeaccess.notifications.webhook;

import io.runtimeaccess.events.finding.FindingSettings;
import io.runtimeaccess.events.listener.RuntimeAccessEventListenerFactory;
import io.runtimeaccess.events.sink.WebhookSink;
import java.time.Instant;
import java.util.UUID;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Publishes workflow events to the realm's webhook, the one its findings go to (findings settings {@code webhookUrl}
 * and {@code webhookSecret}, kept in our own table), through the node's webhook outbox: the same HMAC signature, the
 * same per-realm bounded outbox, retries and address checks. Nothing is sent when the realm has no webhook, and only
 * once the session's transaction committed.
 */
public final class WorkflowWebhook {

    private WorkflowWebhook() {
    }

    public static void publishAfterCommit(KeycloakSession session, RealmModel realm, WorkflowEvent event) {
        WebhookSink.Target target = FindingSettings.of(session, realm).webhook(session, realm);
        WebhookSink sink = sink(session);
        if (target == null || sink == null) {
            return;
        }
        // Built now: the data is the state this transaction commits, whatever changes after.
        String json = event.json(UUID.randomUUID().toString(), Instant.now());
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                sink.offer(target, json);
            }

            @Override
            protected void rollbackImpl() {
                // the change did not happen: no event
            }
        });
    }

    private static WebhookSink sink(KeycloakSession session) {
        RuntimeAccessEventListenerFactory listener = (RuntimeAccessEventListenerFactory) session
                .getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class,
                        RuntimeAccessEventListenerFactory.PROVIDER_ID);
        return listener == null ? null : listener.webhook();
    }
}
