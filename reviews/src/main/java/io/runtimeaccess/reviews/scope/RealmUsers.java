package io.runtimeaccess.reviews.scope;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The realm's local users' usernames, enabled flags and creation times, read in one query so building 100,000 items
 * asks nothing per item. A user of a storage provider is not in this table: its id stands for its username.
 */
public final class RealmUsers {

    /** {@code serviceAccount}: the account a client uses for itself, which never signs in as a person does. */
    public record User(String id, String username, boolean enabled, Long createdAt, boolean serviceAccount) {
    }

    private static final String SELECT = "select u.id, u.username, u.enabled, u.createdTimestamp,"
            + " u.serviceAccountClientLink from UserEntity u";
    /** Bounded IN lists: some databases refuse or plan badly a list of thousands. */
    private static final int IDS_PER_QUERY = 500;

    private final Map<String, User> byId = new HashMap<>();
    private final Map<String, User> byUsername = new HashMap<>();

    private RealmUsers() {
    }

    public static RealmUsers read(KeycloakSession session, RealmModel realm) {
        RealmUsers users = new RealmUsers();
        users.add(em(session).createQuery(SELECT + " where u.realmId = :realmId", Object[].class)
                .setParameter("realmId", realm.getId()).getResultList());
        return users;
    }

    /** Only the users of {@code ids} (a page's reviewers), so a page does not read a realm of a million users. */
    public static RealmUsers read(KeycloakSession session, RealmModel realm, Collection<String> ids) {
        RealmUsers users = new RealmUsers();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += IDS_PER_QUERY) {
            users.add(em(session).createQuery(SELECT + " where u.realmId = :realmId and u.id in :ids", Object[].class)
                    .setParameter("realmId", realm.getId())
                    .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_QUERY)))
                    .getResultList());
        }
        return users;
    }

    private void add(List<Object[]> rows) {
        for (Object[] row : rows) {
            User user = new User((String) row[0], (String) row[1], (Boolean) row[2], (Long) row[3], row[4] != null);
            byId.put(user.id(), user);
            byUsername.put(user.username().toLowerCase(Locale.ROOT), user);
        }
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The user by id, or one standing for an unknown (federated) id: enabled, named by its id. */
    public User byId(String id) {
        User user = byId.get(id);
        return user != null ? user : new User(id, id, true, null, false);
    }

    /**
     * The id of a username or id, or null if neither names a local user. Keycloak stores usernames lower-cased and
     * finds them whatever their case, so a manager attribute naming {@code Alice} is alice.
     */
    public String idOf(String usernameOrId) {
        User user = byUsername.get(usernameOrId.toLowerCase(Locale.ROOT));
        if (user == null) {
            user = byId.get(usernameOrId);
        }
        return user == null ? null : user.id();
    }

    public java.util.stream.Stream<User> all() {
        return byId.values().stream();
    }
}
