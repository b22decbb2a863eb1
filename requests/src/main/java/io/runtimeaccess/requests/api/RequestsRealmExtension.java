package io.runtimeaccess.requests.api;

import io.runtimeaccess.sharing.extension.RealmExtension;
import io.runtimeaccess.sharing.extension.RealmExtensionFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Mounts {@link UserRequestsResource} at {@code /realms/{realm}/runtime-access/requests}. */
public class RequestsRealmExtension implements RealmExtensionFactory {

    public static final String PROVIDER_ID = "requests";

    @Override
    public RealmExtension create(KeycloakSession session) {
        return realm -> new UserRequestsResource(session, realm);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
