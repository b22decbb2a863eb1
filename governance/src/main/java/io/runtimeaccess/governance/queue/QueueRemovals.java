package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.settings.SettingsStore;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

/**
 * A removed realm takes its settings and proposals along. Keycloak sends the event inside the deleting
 * transaction, so the rows go (or stay) with the realm.
 */
public final class QueueRemovals {

    private QueueRemovals() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                SettingsStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }
}
