package io.runtimeaccess.sharing.extension;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * A part of the realm-level Runtime Access API that lives in another module, mounted at
 * {@code /realms/{realm}/runtime-access/{id}} where {@code id} is its factory's id. Nobody is authenticated yet:
 * the resource authenticates its caller itself (a user's own bearer token, see
 * {@link io.runtimeaccess.sharing.authzen.CallerToken#authenticateWithSession}).
 */
public interface RealmExtension extends Provider {

    /** The JAX-RS resource serving the extension's paths for this request. */
    Object resource(RealmModel realm);

    @Override
    default void close() {
    }
}
