package io.runtimeaccess.events.finding;

import io.runtimeaccess.events.sink.WebhookSink;
import java.util.function.UnaryOperator;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Where a webhook delivery goes when it is sent: the realm's webhook as its settings are then, read in a transaction
 * of its own on the sender's thread (once per attempt, never on a login's or a request's thread). A delivery waits up
 * to minutes behind a slow receiver, on any node; in the meantime the admin may have pointed the webhook elsewhere,
 * rotated its secret (read from the vault again), removed it, or removed the realm, whose findings are then gone.
 */
public final class CurrentWebhook implements UnaryOperator<WebhookSink.Target> {

    private final KeycloakSessionFactory factory;

    public CurrentWebhook(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    /** The realm's webhook now, or {@code null} when the realm or its webhook is gone. */
    @Override
    public WebhookSink.Target apply(WebhookSink.Target recorded) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            RealmModel realm = session.realms().getRealm(recorded.realmId());
            return realm == null ? null : FindingSettings.of(session, realm).webhook(session, realm);
        });
    }
}
