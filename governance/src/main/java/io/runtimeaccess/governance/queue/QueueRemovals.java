package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.settingsstore.SettingsStore;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A removed user takes their proposals along, a removed realm its settings and proposals. Keycloak sends
 * these events inside the deleting transaction, so the rows go (or stay) with the user or realm.
 */
public final class QueueRemovals {

    private QueueRemovals() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                ProposalStore.deleteUser(removed.getKeycloakSession(), removed.getRealm().getId(),
                        removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                ProposalStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
                SettingsStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm().getId());
            }
        });
    }
}
