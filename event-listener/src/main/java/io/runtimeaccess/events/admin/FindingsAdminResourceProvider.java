package io.runtimeaccess.events.admin;

import io.runtimeaccess.events.listener.RuntimeAccessEventListenerFactory;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Mounts {@link FindingsResource} at {@code /admin/realms/{realm}/anomaly-findings}. */
public class FindingsAdminResourceProvider implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

    public static final String PROVIDER_ID = "anomaly-findings";

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        RuntimeAccessEventListenerFactory listener = (RuntimeAccessEventListenerFactory) session
                .getKeycloakSessionFactory().getProviderFactory(EventListenerProvider.class,
                        RuntimeAccessEventListenerFactory.PROVIDER_ID);
        return new FindingsResource(session, realm, auth, adminEvent, listener.pipeline());
    }

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
