package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * This node's compiled index per realm. Loaded from the database on the first check after a change,
 * then every check is answered from memory. A change drops the realm's index once its transaction
 * has committed, so a check can never cache the state from before the commit.
 */
public final class AccessIndexes {

    private static final Map<String, AccessIndex> BY_REALM = new ConcurrentHashMap<>();
    /** Bumped by every committed change, so a load that raced with a change is not cached. */
    private static final Map<String, Long> VERSIONS = new ConcurrentHashMap<>();

    private AccessIndexes() {
    }

    public static AccessIndex of(KeycloakSession session, RealmModel realm) {
        AccessIndex index = BY_REALM.get(realm.getId());
        if (index == null) {
            Long before = VERSIONS.get(realm.getId());
            index = new SharingStore(session, realm).compile();
            if (Objects.equals(before, VERSIONS.get(realm.getId()))) {
                BY_REALM.put(realm.getId(), index);
            }
        }
        return index;
    }

    /** Forgets a removed realm. */
    public static void forget(String realmId) {
        BY_REALM.remove(realmId);
        VERSIONS.remove(realmId);
    }

    /** Call from a request that changes the realm's sharing configuration. */
    public static void invalidateAfterCommit(KeycloakSession session, RealmModel realm) {
        String realmId = realm.getId();
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                VERSIONS.merge(realmId, 1L, Long::sum);
                BY_REALM.remove(realmId);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }
}
