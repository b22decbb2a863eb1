package io.runtimeaccess.lifecycle.offboard;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

/**
 * A removed realm takes its offboarding plans along, in the deleting transaction. A removed user's step stays: the
 * plan is the record of who was offboarded (user-deletion clean-up is a separate piece of work).
 */
public final class OffboardingRemovals {

    private OffboardingRemovals() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                PlanStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }
}
