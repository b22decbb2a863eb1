package io.runtimeaccess.sharing.extension;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The SPI other Runtime Access modules use to add paths under the one realm-level {@code runtime-access} resource. */
public class RealmExtensionSpi implements Spi {

    public static final String NAME = "runtime-access-realm-extension";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return RealmExtension.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return RealmExtensionFactory.class;
    }
}
