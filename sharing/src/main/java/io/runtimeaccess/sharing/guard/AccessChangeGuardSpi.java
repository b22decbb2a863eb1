package io.runtimeaccess.sharing.guard;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** The SPI through which other Runtime Access modules look at access changes before they are written. */
public class AccessChangeGuardSpi implements Spi {

    public static final String NAME = "runtime-access-access-change-guard";

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
        return AccessChangeGuard.class;
    }

    @Override
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return AccessChangeGuardFactory.class;
    }
}
