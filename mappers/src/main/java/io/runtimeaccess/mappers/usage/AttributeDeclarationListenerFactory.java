package io.runtimeaccess.mappers.usage;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Global, so it needs no per-realm event configuration: it only ever logs. Also checks every realm at start-up. */
public class AttributeDeclarationListenerFactory implements EventListenerProviderFactory {

    public static final String PROVIDER_ID = "runtime-attribute-declaration-check";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new AttributeDeclarationListener(session);
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
        RealmAttributeUsage.checkAllRealmsAfterStartup(factory);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
