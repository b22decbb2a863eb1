package io.runtimeaccess.governance.admin;

import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.extension.AdminExtensionFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Mounts {@link GovernanceResource} at {@code /admin/realms/{realm}/runtime-access/governance}. */
public class GovernanceAdminExtension implements AdminExtensionFactory {

    public static final String PROVIDER_ID = "governance";

    @Override
    public AdminExtension create(KeycloakSession session) {
        return new AdminExtension() {
            @Override
            public Object resource(RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return new GovernanceResource(session, realm, auth, adminEvent);
            }
        };
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
