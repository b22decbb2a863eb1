package io.runtimeaccess.events.pipeline;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * Hands a decision (a dismissal, a removal) to the scorer only once the request's transaction committed:
 * a decision that is rolled back must not have taught the scorer anything.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void offer(KeycloakSession session, EventPipeline pipeline, Object decision) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                pipeline.offerDecision(decision);
            }

            @Override
            protected void rollbackImpl() {
                // rolled back: the scorer never hears of it
            }
        });
    }
}
