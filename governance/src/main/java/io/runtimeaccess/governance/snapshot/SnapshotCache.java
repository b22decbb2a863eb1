package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The last snapshot of realms on this node, kept so that onboarding one user compares them with their peers
 * without reading the whole realm again. Runs refresh it; a snapshot older than {@link #MAX_AGE} is read again.
 * Peers a day old are good enough to suggest a newcomer's access: the newcomer is read fresh.
 *
 * <p>Bounded: a nightly run over many realms would otherwise leave every realm's snapshot in the heap for good. The
 * snapshots kept hold at most {@link #MAX_USERS} users together, the least recently used going first (the latest
 * one always stays, whatever its size); one past its age is dropped when next asked for.
 */
public final class SnapshotCache {

    static final Duration MAX_AGE = Duration.ofHours(24);
    /** About 370 MiB of records at the measured 3.7 KiB per user (docs/governance.md, 100,000 users). */
    static final int MAX_USERS = 100_000;
    private static final Map<String, AccessSnapshot> SNAPSHOTS = new LinkedHashMap<>(16, 0.75f, true);

    private SnapshotCache() {
    }

    public static synchronized void put(AccessSnapshot snapshot) {
        SNAPSHOTS.put(snapshot.realmId(), snapshot);
        int users = SNAPSHOTS.values().stream().mapToInt(kept -> kept.users().size()).sum();
        Iterator<AccessSnapshot> leastRecent = SNAPSHOTS.values().iterator();
        while (users > MAX_USERS && SNAPSHOTS.size() > 1) {
            users -= leastRecent.next().users().size();
            leastRecent.remove();
        }
    }

    /** The realm's snapshot if one is kept and not older than {@link #MAX_AGE}. */
    static synchronized AccessSnapshot cached(String realmId, Instant now) {
        AccessSnapshot cached = SNAPSHOTS.get(realmId);
        if (cached != null && cached.takenAt().isBefore(now.minus(MAX_AGE))) {
            SNAPSHOTS.remove(realmId);
            return null;
        }
        return cached;
    }

    /** The realm's cached snapshot with {@code fresh} users put in (replacing their old records). */
    public static AccessSnapshot with(KeycloakSession session, RealmModel realm, GovernanceSettings settings,
            List<UserRecord> fresh) {
        AccessSnapshot cached = cached(realm.getId(), Instant.now());
        if (cached == null) {
            cached = RealmSnapshots.take(session, realm, settings);
            put(cached);
        }
        Set<String> ids = fresh.stream().map(UserRecord::id).collect(Collectors.toSet());
        List<UserRecord> users = new ArrayList<>(cached.users().size() + fresh.size());
        for (UserRecord user : cached.users()) {
            if (!ids.contains(user.id())) {
                users.add(user);
            }
        }
        users.addAll(fresh);
        return new AccessSnapshot(realm.getId(), Instant.now(), users);
    }

    public static synchronized void forget(String realmId) {
        SNAPSHOTS.remove(realmId);
    }
}
