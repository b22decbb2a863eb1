package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.admin.AdminProfile;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.session.SessionOrigin;
import io.runtimeaccess.anomaly.spray.FailureTables;
import io.runtimeaccess.anomaly.state.Hashing;
import io.runtimeaccess.anomaly.state.LruTable;
import io.runtimeaccess.anomaly.state.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the scorer learned, each table capped by {@link ScorerSettings} and LRU beyond the cap.
 * Users, admins and sessions are keyed by 64-bit hashes of (realm, id): the state holds no user ids.
 */
final class ScorerState {

    private static final int KIND_USER = 1;
    private static final int KIND_SESSION = 2;
    private static final int KIND_ADMIN = 3;
    private static final int KIND_USERNAME = 4;

    final LruTable<UserProfile> users;
    final LruTable<SessionOrigin> sessions;
    final LruTable<AdminProfile> admins;
    final FailureTables failures;
    final Map<String, Realm> realms;
    private Realm lastRealm;

    /** {@code budget}: the caps shared with other realms' scorers, or {@code null} for none. */
    ScorerState(ScorerSettings settings, StateBudget budget) {
        users = new LruTable<>(settings.maxUsers(), budget == null ? null : budget.users());
        sessions = new LruTable<>(settings.maxSessions(), budget == null ? null : budget.sessions());
        admins = new LruTable<>(settings.maxAdmins(), budget == null ? null : budget.users());
        failures = new FailureTables(settings.maxSources(), budget == null ? null : budget.sources());
        int maxRealms = settings.maxRealms();
        realms = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Realm> eldest) {
                return size() > maxRealms;
            }
        };
    }

    /** The realm's state, created on first sight (events of one realm usually come in runs: cached). */
    Realm realm(String realmId) {
        String id = realmId == null ? "" : realmId;
        Realm last = lastRealm;
        if (last != null && (last.id == id || last.id.equals(id))) {
            return last;
        }
        Realm realm = realms.get(id);
        if (realm == null) {
            realm = new Realm(id, users::size);
            realms.put(id, realm);
        }
        lastRealm = realm;
        return realm;
    }

    void forgetLastRealm() {
        lastRealm = null;
    }

    static long userKey(Realm realm, String userId) {
        return Hashing.key(KIND_USER, realm.key, Hashing.hash64(userId));
    }

    static long sessionKey(Realm realm, String sessionId) {
        return Hashing.key(KIND_SESSION, realm.key, Hashing.hash64(sessionId));
    }

    static long adminKey(Realm realm, String adminUserId) {
        return Hashing.key(KIND_ADMIN, realm.key, Hashing.hash64(adminUserId));
    }

    static long usernameKey(Realm realm, String username) {
        return Hashing.key(KIND_USERNAME, realm.key, Hashing.hash64(username));
    }

    /** The name failures are counted under: the username typed, else the user id, else "". */
    static String username(UserEvent event) {
        if (event.username() != null) {
            return event.username();
        }
        return event.userId() != null ? event.userId() : "";
    }

    /** The estimate of {@link #bytes()} by table, for diagnostics. */
    String bytesByTable() {
        long realmBytes = 0;
        for (Realm realm : realms.values()) {
            realmBytes += realm.bytes() + 64;
        }
        return "users " + users.size() + ": " + (users.tableBytes() + (long) users.size() * UserProfile.MAX_BYTES)
                + ", sessions " + sessions.size() + ": " + (sessions.tableBytes() + (long) sessions.size() * SessionOrigin.BYTES)
                + ", admins " + admins.size() + ": " + (admins.tableBytes() + (long) admins.size() * AdminProfile.BYTES)
                + ", failure windows " + failures.windows() + ": " + failures.bytes()
                + ", realms " + realms.size() + ": " + realmBytes;
    }

    long bytes() {
        long total = users.tableBytes() + (long) users.size() * UserProfile.MAX_BYTES;
        total += sessions.tableBytes() + (long) sessions.size() * SessionOrigin.BYTES;
        total += admins.tableBytes() + (long) admins.size() * AdminProfile.BYTES;
        total += failures.bytes();
        for (Realm realm : realms.values()) {
            total += realm.bytes() + 64;
        }
        return total;
    }
}
