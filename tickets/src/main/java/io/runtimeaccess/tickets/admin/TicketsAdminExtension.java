package io.runtimeaccess.tickets.admin;

import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.extension.AdminExtensionFactory;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Mounts {@link TicketsResource} at {@code /admin/realms/{realm}/runtime-access/tickets}. */
public class TicketsAdminExtension implements AdminExtensionFactory {

    public static final String PROVIDER_ID = "tickets";

    @Override
    public AdminExtension create(KeycloakSession session) {
        return new AdminExtension() {
            @Override
            public Object resource(RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
                return new TicketsResource(session, realm, auth, adminEvent.resource(ResourceType.CUSTOM));
            }
        };
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
