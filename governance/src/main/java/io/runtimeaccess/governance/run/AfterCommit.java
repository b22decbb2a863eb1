package io.runtimeaccess.governance.run;

import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakTransaction;

/** Something to do only once the transaction it is enlisted in has committed. */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static KeycloakTransaction of(Runnable action) {
        return new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                action.run();
            }

            @Override
            protected void rollbackImpl() {
                // rolled back: nothing happened, so nothing follows
            }
        };
    }
}
