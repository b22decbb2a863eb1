package io.runtimeaccess.sharing.groupsync;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.index.AccessIndexes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * forgets them all, which costs each active user one more sync (two reads, no writes if nothing
 * changed).
 */
public final class LazyGroupSync {

    static final int MAX_USERS = 100_000;
    private static final Map<String, SyncedState> SYNCED = new ConcurrentHashMap<>();

    private LazyGroupSync() {
    }

    /**
     * Returns the index to answer the user's check from: the current one, or, if the user's memberships
     * had to be synced first, one loaded after that sync committed.
     */
    public static AccessIndex syncedIndex(KeycloakSession session, RealmModel realm, UserModel user) {
        AccessIndex index = AccessIndexes.of(session, realm);
        List<String> listed = List.copyOf(IdentityProviderGroupSync.listedGroups(user));
        if (new SyncedState(listed, index.groupNamesFingerprint()).equals(SYNCED.get(user.getId()))) {
            return index;
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        String realmId = realm.getId();
        String userId = user.getId();
        // Its own transaction, committed before the answer, so the reload below sees the memberships.
        KeycloakModelUtils.runJobInTransaction(factory, s -> {
            RealmModel r = s.realms().getRealm(realmId);
            s.getContext().setRealm(r);
            UserModel u = s.users().getUserById(r, userId);
            if (u != null) {
                remember(userId, IdentityProviderGroupSync.sync(s, r, u, IdentityProviderGroupSync.Trigger.CHECK));
            }
        });
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, s -> {
            RealmModel r = s.realms().getRealm(realmId);
            s.getContext().setRealm(r);
            return AccessIndexes.of(s, r);
        });
    }

    /** Called after every sync, eager or lazy, so the next check does not sync again for nothing. */
    static void remember(String userId, SyncedState state) {
        if (SYNCED.size() >= MAX_USERS) {
            SYNCED.clear();
        }
        SYNCED.put(userId, state);
    }
}
