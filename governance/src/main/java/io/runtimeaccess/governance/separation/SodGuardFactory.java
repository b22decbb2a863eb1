package io.runtimeaccess.governance.separation;

import io.runtimeaccess.sharing.guard.AccessChangeGuard;
import io.runtimeaccess.sharing.guard.AccessChangeGuardFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Provides the separation-of-duties guard to the sharing admin API, and listens to Keycloak's own role and group
 * assignments ({@link KeycloakAssignments}) and to user and realm removal, which take their SoD rows along.
 */
public class SodGuardFactory implements AccessChangeGuardFactory {

    public static final String PROVIDER_ID = "separation-of-duties";

    @Override
    public AccessChangeGuard create(KeycloakSession session) {
        return new SodGuard(session);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(KeycloakAssignments::onEvent);
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                SodEvents.deleteUser(removed.getKeycloakSession(), removed.getRealm(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                SodEvents.deleteRealm(removed.getKeycloakSession(), removed.getRealm());
            }
        });
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
