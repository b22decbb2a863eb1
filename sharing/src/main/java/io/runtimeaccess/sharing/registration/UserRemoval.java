package io.runtimeaccess.sharing.registration;

import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.OwnerStore;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.usage.GrantUse;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A deleted Keycloak user takes its grants, end-user group memberships and ownerships along. Keycloak sends
 * {@link UserModel.UserRemovedEvent} inside the deleting transaction, so the rows go (or stay) with the
 * user, and the realm's index is dropped on every node only once that transaction commits.
 */
final class UserRemoval {

    private static final Logger LOG = Logger.getLogger(UserRemoval.class);

    private UserRemoval() {
    }

    static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                removed(removed.getKeycloakSession(), removed.getRealm(), removed.getUser());
            }
        });
    }

    private static void removed(KeycloakSession session, RealmModel realm, UserModel user) {
        GrantUse.deletePrincipal(session, realm, PrincipalType.USER, user.getId());
        int[] deleted = new SharingStore(session, realm).deleteUser(user.getId());
        // Ownerships give no access, so they leave the check API's index alone.
        new OwnerStore(session, realm).deleteUser(user.getId());
        if (deleted[0] + deleted[1] == 0) {
            return;
        }
        AccessIndexes.invalidateAfterCommit(session, realm);
        LOG.debugf("Realm '%s': user %s (%s) removed with %d runtime-access grant(s) and %d group membership(s)",
                realm.getName(), user.getId(), Limits.loggable(user.getUsername()), deleted[0], deleted[1]);
    }
}
