package io.runtimeaccess.reviews.admin;

import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.extension.AdminExtensionFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link ReviewsResource} at {@code /admin/realms/{realm}/runtime-access/reviews}. */
public class ReviewsAdminExtension implements AdminExtensionFactory {

    public static final String PROVIDER_ID = "reviews";

    @Override
    public AdminExtension create(KeycloakSession session) {
        return (realm, auth, adminEvent) -> new ReviewsResource(session, realm, auth);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
