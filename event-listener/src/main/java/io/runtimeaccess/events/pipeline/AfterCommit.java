package io.runtimeaccess.events.pipeline;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;

/**
 * Acts on a decision (a dismissal, a removal) only once the request's transaction committed: a decision that is
 * rolled back must not have taught the scorer, or told anyone, anything.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Hands {@code decision} to the scorer once {@code session}'s transaction has committed. */
    public static void offer(KeycloakSession session, EventPipeline pipeline, Object decision) {
        run(session, () -> pipeline.offerDecision(decision));
    }

    /** Runs {@code action} once {@code session}'s transaction has committed; never if it rolls back. */
    public static void run(KeycloakSession session, Runnable action) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                action.run();
            }

            @Override
            protected void rollbackImpl() {
                // rolled back: nothing happened, so nothing follows
            }
        });
    }
}
