package io.runtimeaccess.lifecycle.admin;

import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.extension.AdminExtensionFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Mounts {@link LifecycleResource} at {@code /admin/realms/{realm}/runtime-access/lifecycle}. */
public class LifecycleAdminExtension implements AdminExtensionFactory {

    public static final String PROVIDER_ID = "lifecycle";

    @Override
    public AdminExtension create(KeycloakSession session) {
        return new AdminExtension() {
            @Override
            public Object resource(RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return new LifecycleResource(session, realm, auth);
            }
        };
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
