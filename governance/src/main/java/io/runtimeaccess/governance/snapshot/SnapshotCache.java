package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The last snapshot of each realm on this node, kept so that onboarding one user compares them with their
 * peers without reading the whole realm again. Runs refresh it; a snapshot older than {@link #MAX_AGE} is read
 * again. Peers a day old are good enough to suggest a newcomer's access: the newcomer is read fresh.
 */
public final class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Map<String, AccessSnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    private SnapshotCache() {
    }

    public static void put(AccessSnapshot snapshot) {
        SNAPSHOTS.put(snapshot.realmId(), snapshot);
    }

    /** The realm's cached snapshot with {@code fresh} users put in (replacing their old records). */
    public static AccessSnapshot with(KeycloakSession session, RealmModel realm, GovernanceSettings settings,
            List<UserRecord> fresh) {
        AccessSnapshot cached = SNAPSHOTS.get(realm.getId());
        if (cached == null || cached.takenAt().isBefore(Instant.now().minus(MAX_AGE))) {
            cached = RealmSnapshots.take(session, realm, settings);
            put(cached);
        }
        List<String> ids = fresh.stream().map(UserRecord::id).toList();
        List<UserRecord> users = new ArrayList<>(cached.users().size() + fresh.size());
        for (UserRecord user : cached.users()) {
            if (!ids.contains(user.id())) {
                users.add(user);
            }
        }
        users.addAll(fresh);
        return new AccessSnapshot(realm.getId(), Instant.now(), users);
    }

    public static void forget(String realmId) {
        SNAPSHOTS.remove(realmId);
    }
}
