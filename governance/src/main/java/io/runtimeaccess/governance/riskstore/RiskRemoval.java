package io.runtimeaccess.governance.riskstore;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A removed user or realm takes its stored risk along. Keycloak sends the events inside the deleting
 * transaction, so the rows go (or stay) with the user or realm.
 */
public final class RiskRemoval {

    private RiskRemoval() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                UserRiskStore.deleteUser(removed.getKeycloakSession(), removed.getRealm(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                UserRiskStore.deleteRealm(removed.getKeycloakSession(), removed.getRealm());
            }
        });
    }
}
