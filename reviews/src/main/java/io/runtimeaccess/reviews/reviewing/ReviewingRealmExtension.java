package io.runtimeaccess.reviews.reviewing;

import io.runtimeaccess.sharing.extension.RealmExtension;
import io.runtimeaccess.sharing.extension.RealmExtensionFactory;
import org.keycloak.models.KeycloakSession;

/** Mounts {@link ReviewerResource} at {@code /realms/{realm}/runtime-access/reviews}. */
public class ReviewingRealmExtension implements RealmExtensionFactory {

    public static final String PROVIDER_ID = "reviews";

    @Override
    public RealmExtension create(KeycloakSession session) {
        return realm -> new ReviewerResource(session, realm);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}
