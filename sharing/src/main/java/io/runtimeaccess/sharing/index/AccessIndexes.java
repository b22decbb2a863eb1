package io.runtimeaccess.sharing.index;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.store.StoredIndex;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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

    /** Session attribute prefix: this transaction already drops the realm's index when it commits. */
    private static final String INVALIDATION_ENLISTED = "runtime-access.index-invalidation.";

    /** The cluster-provider task key our {@link SharingChanged} events travel under. */
    public static final String CLUSTER_TASK_KEY = "runtime-access-sharing-changed";
    private static final Logger LOG = Logger.getLogger(AccessIndexes.class);

    /** Reload an index at least this often, in case this node missed a change event (minutes, like a token). */
    static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final IndexCache CACHE = new IndexCache(MAX_AGE_NANOS, System::nanoTime);
    private static volatile Consumer<String> groupsSyncedElsewhere = userId -> { };

    private AccessIndexes() {
    }

    /**
     * The realm's index, loaded when none is current. A load reads in a transaction of its own, started after the
     * cache's version was read: the caller's transaction may have read the database before a change committed, and on
     * MariaDB (repeatable read) it would keep seeing the state before it, installing an index a commit already
     * dropped. A load comes once per change per node (a change of grants, groups or an identity-provider sync's
     * memberships), so the extra transaction costs little beside the load itself.
     */
    public static AccessIndex of(KeycloakSession session, RealmModel realm) {
        String realmId = realm.getId();
        return CACHE.get(realmId, () -> KeycloakModelUtils.runJobInTransactionWithResult(
                session.getKeycloakSessionFactory(), fresh -> new StoredIndex(fresh, fresh.realms().getRealm(realmId))
                        .compile()));
    }

    /**
     * The realm's group-names version if {@code namesById} are the names of the index this node last
     * loaded, else {@link #UNKNOWN_GROUP_NAMES_VERSION}, which no index carries.
     */
    public static long groupNamesVersion(RealmModel realm, Map<String, String> namesById) {
        AccessIndex last = CACHE.peek(realm.getId());
        return last != null && last.hasGroupNames(namesById) ? last.groupNamesVersion() : UNKNOWN_GROUP_NAMES_VERSION;
    }

    /** The realm's latest index on this node (possibly dropped already), or {@code null}; never loads. */
    public static AccessIndex latest(String realmId) {
        return CACHE.peek(realmId);
    }

    /** Each realm's latest index on this node. */
    public static void forEachLatest(java.util.function.BiConsumer<String, AccessIndex> action) {
        CACHE.forEachLatest(action);
    }

    /** Sets who is told of an index a newer load replaced (use tracking takes its marks). */
    public static void whenReplaced(java.util.function.BiConsumer<String, AccessIndex> listener) {
        CACHE.whenReplaced(listener);
    }

    /** Versions start at 1. */
    public static final long UNKNOWN_GROUP_NAMES_VERSION = 0L;

    /** Listens for changes committed on other nodes; call once the server has started. */
    public static void listenToCluster(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(ClusterProvider.class)
                        .registerListener(CLUSTER_TASK_KEY, AccessIndexes::changedElsewhere));
            }
        });
    }

    /** What a change another node tells of does here: the listener {@link #listenToCluster} registers. */
    public static void changedElsewhere(ClusterEvent event) {
        if (event instanceof SharingChanged changed) {
            CACHE.changed(changed.getRealmId(), changed.isRemoved());
            if (changed.getGroupsSyncedUserId() != null) {
                groupsSyncedElsewhere.accept(changed.getGroupsSyncedUserId());
            }
        }
    }

    /**
     * Sets who is told that another node synced a user's identity-provider memberships (the group sync); returns who
     * was told before, for a test to put back.
     */
    public static Consumer<String> whenGroupsSyncedElsewhere(Consumer<String> listener) {
        Consumer<String> before = groupsSyncedElsewhere;
        groupsSyncedElsewhere = listener;
        return before;
    }

    /**
     * Call from a user's identity-provider group sync that changed its memberships: as
     * {@link #invalidateAfterCommit}, and the other nodes are told whose memberships changed.
     */
    public static void groupsSyncedAfterCommit(KeycloakSession session, RealmModel realm, String userId) {
        session.setAttribute(INVALIDATION_ENLISTED + realm.getId(), Boolean.TRUE);
        afterCommit(session, realm.getId(), false, userId);
    }

    /**
     * A realm is being removed: once that commits, this node forgets its index (keeping a newer version, so a load
     * under way cannot install the old one) and every other node drops its own. Before, only this node forgot it,
     * before the commit: a realm re-created with the same id (from its export) kept the old grants on other nodes.
     */
    public static void forgetAfterCommit(KeycloakSession session, String realmId) {
        afterCommit(session, realmId, true, null);
    }

    /**
     * Call from a request that changes the realm's sharing configuration. Once per transaction: an offboarding step
     * or an import makes many changes, and each would otherwise drop the index and tell every node again.
     */
    public static void invalidateAfterCommit(KeycloakSession session, RealmModel realm) {
        String enlisted = INVALIDATION_ENLISTED + realm.getId();
        if (session.getAttribute(enlisted) == null) {
            session.setAttribute(enlisted, Boolean.TRUE);
            afterCommit(session, realm.getId(), false, null);
        }
    }

    /** Once the transaction commits: on this node, and on every other, the realm's index is dropped or forgotten. */
    private static void afterCommit(KeycloakSession session, String realmId, boolean removed,
            String groupsSyncedUserId) {
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                CACHE.changed(realmId, removed);
                tellOtherNodes(session, new SharingChanged(realmId, removed, groupsSyncedUserId));
            }

            @Override
            protected void rollbackImpl() {
            }
        });
    }

    /** The change is committed already; a node that misses the event still drops its index on its own next change. */
    private static void tellOtherNodes(KeycloakSession session, SharingChanged event) {
        try {
            session.getProvider(ClusterProvider.class).notify(CLUSTER_TASK_KEY, event, true,
                    ClusterProvider.DCNotify.ALL_DCS);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not tell the other cluster nodes that realm %s's sharing configuration changed",
                    event.getRealmId());
        }
    }
}
