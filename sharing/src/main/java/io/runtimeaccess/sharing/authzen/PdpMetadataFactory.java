package io.runtimeaccess.sharing.authzen;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.wellknown.WellKnownProvider;
import org.keycloak.wellknown.WellKnownProviderFactory;

/**
 * Serves {@link PdpMetadata} as the well-known document {@value #ID}, per realm and, because the AuthZEN
 * specification inserts the well-known path before the PDP identifier's path, also from the server root.
 */
public class PdpMetadataFactory implements WellKnownProviderFactory {

    public static final String ID = "authzen-configuration";

    @Override
    public WellKnownProvider create(KeycloakSession session) {
        return new PdpMetadata(session);
    }

    @Override
    public boolean isAvailableViaServerMetadata() {
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
        return ID;
    }
}
