package io.runtimeaccess.sharing.index;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.store.SharingStore;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.keycloak.cluster.ClusterEvent;
import org.keycloak.cluster.ClusterProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

/**
 * This node's compiled index per realm. Loaded from the database on the first check after a change,
 * then every check is answered from memory. A change drops the realm's index once its transaction
 * has committed, here and, through Keycloak's cluster provider, on every other node, so a check can
 * never keep answering from the state before the commit.
 */
public final class AccessIndexes {

    /** The cluster-provider task key our {@link SharingChanged} events travel under. */
    public static final String CLUSTER_TASK_KEY = "runtime-access-sharing-changed";
    private static final Logger LOG = Logger.getLogger(AccessIndexes.class);

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

    /** Listens for changes committed on other nodes; call once the server has started. */
    public static void listenToCluster(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(ClusterProvider.class)
                        .registerListener(CLUSTER_TASK_KEY, AccessIndexes::changedElsewhere));
            }
        });
    }

    private static void changedElsewhere(ClusterEvent event) {
        if (event instanceof SharingChanged) {
            drop(((SharingChanged) event).getRealmId());
        }
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
                drop(realmId);
                tellOtherNodes(session, realmId);
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    private static void drop(String realmId) {
        VERSIONS.merge(realmId, 1L, Long::sum);
        BY_REALM.remove(realmId);
    }

    /** The change is committed already; a node that misses the event still drops its index on its own next change. */
    private static void tellOtherNodes(KeycloakSession session, String realmId) {
        try {
            session.getProvider(ClusterProvider.class).notify(CLUSTER_TASK_KEY, new SharingChanged(realmId), true,
                    ClusterProvider.DCNotify.ALL_DCS);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not tell the other cluster nodes that realm %s's sharing configuration changed",
                    realmId);
        }
    }
}
