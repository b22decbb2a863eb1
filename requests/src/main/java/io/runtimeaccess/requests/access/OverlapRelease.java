package io.runtimeaccess.requests.access;

import io.runtimeaccess.governance.run.AfterCommit;
import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The second look for a membership or Keycloak role mapping that an ending request left in place because another active
 * request of the same user gives it too. Two such requests ending at once in two transactions (an offboarding and the
 * expiry sweep) each read the other as still active, neither having committed, and both would leave the access in
 * place with no request giving it. So once the ending request has committed, a transaction of its own locks the user's
 * active requests for the same access, which waits for a transaction ending one of them, and takes the access away
 * when none is left. Runs only when an overlap was seen, which two items with one target make possible.
 */
final class OverlapRelease {

    private static final Logger LOG = Logger.getLogger(OverlapRelease.class);

    private OverlapRelease() {
    }

    static void afterCommit(KeycloakSession session, RealmModel realm, AccessRequestEntity ended, AuthDetails actor) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        String requestId = ended.getId();
        session.getTransactionManager().enlistAfterCompletion(AfterCommit.of(() -> {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, s -> release(s, realmId, requestId, actor));
            } catch (RuntimeException e) {
                LOG.warnf("Access request %s ended while another request of the same user for the same access was"
                        + " ending too; whether that access is still given could not be checked again: %s",
                        requestId, e.getMessage());
            }
        }));
    }

    private static void release(KeycloakSession session, String realmId, String requestId, AuthDetails actor) {
        RealmModel realm = session.realms().getRealm(realmId);
        AccessRequestEntity ended = session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .find(AccessRequestEntity.class, requestId);
        if (realm == null || ended == null) {
            return;
        }
        session.getContext().setRealm(realm);
        if (new RequestStore(session, realmId).lockActiveForSameAccess(ended).isEmpty()) {
            new RequestedAccess(session, realm).remove(ItemKind.valueOf(ended.getKind()), ended, actor);
        }
    }
}
