package io.runtimeaccess.sharing.extension;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Creates a {@link RealmExtension}; its id is the path segment it is mounted at. */
public interface RealmExtensionFactory extends ProviderFactory<RealmExtension> {

    @Override
    default void init(Config.Scope config) {
    }

    @Override
    default void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    default void close() {
    }
}
