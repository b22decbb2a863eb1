package io.runtimeaccess.sharing.groupsync;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Global: every realm's logins sync end-user group memberships without per-realm event settings. */
public class GroupSyncListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "runtime-access-group-sync";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new GroupSyncListener(session);
    }

    @Override
    public boolean isGlobal() {
        return true;
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
