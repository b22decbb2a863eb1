package io.runtimeaccess.sharing.groupsync;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.index.AccessIndexes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The lazy half of the identity-provider group sync: the first check after a user's listed groups (or
 * the realm's group names) changed syncs the memberships before it is answered, as the source product
 * does on the first check after sign-in. Every later check compares two values in memory and touches no
 * database.
 *
 * <p>Each node remembers what it last synced per user, at most {@value #MAX_USERS} users; when full it
 * forgets the users least likely to check again (Caffeine's size bound, which Keycloak ships), so a realm with more
 * active users than that does not sync most of them at every check, as forgetting everyone at once did.
 *
 * <p>Syncs of one user are single-flight on a node (concurrent first checks wait for one sync instead of
 * each inserting the same membership), and a sync that still loses a race with another node or with the
 * login sync (the membership's unique key) is retried once: the retry sees the row and inserts nothing.
 */
public final class LazyGroupSync {

    static final int MAX_USERS = 100_000;
    private static final Logger LOG = Logger.getLogger(LazyGroupSync.class);
    /** Maintenance runs on the thread that writes (a sync, rare), not in a pool of the server's. */
    private static final Cache<String, SyncedState> SYNCED = Caffeine.newBuilder().maximumSize(MAX_USERS)
            .executor(Runnable::run).build();
    /**
     * Counts other nodes' syncs this node was told of: a sync here that one overlapped is not remembered, since it
     * may have read the memberships before that node's change, and the news of the change may have come before
     * this sync's state was stored, and so have forgotten nothing.
     */
    private static final AtomicLong SYNCED_ELSEWHERE = new AtomicLong();
    /** Striped, so single-flight per user costs no allocation and no lock map that grows with the users. */
    private static final Object[] LOCKS = new Object[256];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
        // what this node synced no longer says what the user holds once another node's sync changed it
        AccessIndexes.whenGroupsSyncedElsewhere(userId -> {
            SYNCED_ELSEWHERE.incrementAndGet();
            SYNCED.invalidate(userId);
        });
    }

    private LazyGroupSync() {
    }

    /**
     * Returns the index to answer the user's check from: the current one, or, if the user's memberships
     * had to be synced first, one loaded after that sync committed.
     */
    public static AccessIndex syncedIndex(KeycloakSession session, RealmModel realm, UserModel user) {
        // Read what was synced before taking the index: a sync is remembered only after it committed, and a
        // commit drops the cached index, so an index taken after a remembered sync holds its memberships.
        SyncedState synced = SYNCED.getIfPresent(user.getId());
        AccessIndex index = AccessIndexes.of(session, realm);
        List<String> listed = List.copyOf(IdentityProviderGroupSync.listedGroups(user));
        if (isSynced(synced, listed, index)) {
            return index;
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        synchronized (lockOf(user.getId())) {
            // Another check of this user may have synced while this one waited.
            if (!isSynced(SYNCED.getIfPresent(user.getId()), listed, index)) {
                syncNow(factory, realmId, user.getId(), IdentityProviderGroupSync.Trigger.CHECK);
            }
        }
        // the sync committed and dropped the index: this loads it afresh, in a transaction of its own
        return AccessIndexes.of(session, realm);
    }

    /**
     * Whether a login's sync of a user who lists no group would change nothing: this node's last sync of the user
     * found it listing none, which left it in no identity-provider group whatever the groups' names. Only another
     * node's sync can have put it in one since, and that node says so (the node then forgets the user here), so the
     * login skips the sync whether or not the realm's index is loaded on this node.
     */
    static boolean syncedToNoGroupsAlready(String userId) {
        SyncedState state = SYNCED.getIfPresent(userId);
        return state != null && state.listedGroups().isEmpty();
    }

    private static boolean isSynced(SyncedState state, List<String> listed, AccessIndex index) {
        return state != null && state.groupNamesVersion() == index.groupNamesVersion()
                && state.listedGroups().equals(listed);
    }

    /**
     * Syncs the user in a transaction of its own, committed before this returns, so a reload sees the
     * memberships. A conflict on the membership's unique key means someone else inserted the same row
     * first; the one retry then finds it and changes nothing.
     */
    static void syncNow(KeycloakSessionFactory factory, String realmId, String userId,
            IdentityProviderGroupSync.Trigger trigger) {
        synchronized (lockOf(userId)) {
            try {
                syncInTransaction(factory, realmId, userId, trigger);
            } catch (RuntimeException conflict) {
                LOG.debugf(conflict, "Group sync of user %s in realm %s lost a race; syncing again", userId, realmId);
                syncInTransaction(factory, realmId, userId, trigger);
            }
        }
    }

    /**
     * Remembered only once committed: a concurrent check that finds the user synced must also find the
     * memberships (remembering inside the transaction let such a check answer from an index without them).
     */
    private static void syncInTransaction(KeycloakSessionFactory factory, String realmId, String userId,
            IdentityProviderGroupSync.Trigger trigger) {
        long elsewhereBefore = SYNCED_ELSEWHERE.get();
        SyncedState state = KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
            RealmModel r = s.realms().getRealm(realmId);
            if (r == null) {
                return null;
            }
            s.getContext().setRealm(r);
            UserModel u = s.users().getUserById(r, userId);
            return u == null ? null : IdentityProviderGroupSync.sync(s, r, u, trigger, remembered(userId));
        });
        if (state != null) {
            remember(userId, state);
            // read after storing: news counted before this is undone here, news counted after forgets it itself
            if (SYNCED_ELSEWHERE.get() != elsewhereBefore) {
                SYNCED.invalidate(userId);
            }
        }
    }

    private static Object lockOf(String userId) {
        return LOCKS[(userId.hashCode() & 0x7fffffff) % LOCKS.length];
    }

    /** Called after every sync, eager or lazy, so the next check does not sync again for nothing. */
    static void remember(String userId, SyncedState state) {
        SYNCED.put(userId, state);
    }

    /** What this node remembers of the user's last sync, or null. */
    static SyncedState remembered(String userId) {
        return SYNCED.getIfPresent(userId);
    }
}
