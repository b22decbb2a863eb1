package io.runtimeaccess.sharing.guard;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;

/** Creates an {@link AccessChangeGuard}; another Runtime Access module provides one through this SPI. */
public interface AccessChangeGuardFactory extends ProviderFactory<AccessChangeGuard> {

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
