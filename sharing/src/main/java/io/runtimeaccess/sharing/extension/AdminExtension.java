package io.runtimeaccess.sharing.extension;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * A part of the Runtime Access admin API that lives in another module, mounted at
 * {@code /admin/realms/{realm}/runtime-access/{id}} where {@code id} is its factory's id. The realm's
 * admin is already authenticated; the resource checks the realm-management roles it needs.
 */
public interface AdminExtension extends Provider {

    /** The JAX-RS resource serving the extension's paths for this request. */
    Object resource(RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent);

    @Override
    default void close() {
    }
}
