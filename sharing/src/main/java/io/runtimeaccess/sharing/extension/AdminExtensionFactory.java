package io.runtimeaccess.sharing.extension;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Creates an {@link AdminExtension}; its id is the path segment it is mounted at. */
public interface AdminExtensionFactory extends ProviderFactory<AdminExtension> {

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
