package io.runtimeaccess.requests.admin;

import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.extension.AdminExtensionFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link RequestsAdminResource} at {@code /admin/realms/{realm}/runtime-access/requests}. */
public class RequestsAdminExtension implements AdminExtensionFactory {

    public static final String PROVIDER_ID = "requests";

    @Override
    public AdminExtension create(KeycloakSession session) {
        return (realm, auth, adminEvent) -> new RequestsAdminResource(session, realm, auth, adminEvent);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
