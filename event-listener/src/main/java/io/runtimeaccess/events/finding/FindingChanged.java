package io.runtimeaccess.events.finding;

import io.runtimeaccess.events.pipeline.AfterCommit;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderEvent;

/**
 * A finding about a user was raised, rose in severity or was dismissed, and that change has committed: what the
 * user's findings weigh elsewhere (governance's user risk) is out of date. Published through Keycloak's provider
 * events, so this module needs to know nothing of who listens.
 */
public record FindingChanged(String realmId, String userId) implements ProviderEvent {

    /** Publishes the change now: call it once the change has committed. */
    static void publish(KeycloakSessionFactory factory, String realmId, String userId) {
        if (userId != null) {
            factory.publish(new FindingChanged(realmId, userId));
        }
    }

    /** Publishes the change once {@code session}'s transaction has committed (a rolled-back change changed nothing). */
    public static void afterCommit(KeycloakSession session, String realmId, String userId) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        AfterCommit.run(session, () -> publish(factory, realmId, userId));
    }
}
