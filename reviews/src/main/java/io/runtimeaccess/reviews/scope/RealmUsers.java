package io.runtimeaccess.reviews.scope;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
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

    private final Map<String, User> byId = new HashMap<>();
    private final Map<String, User> byUsername = new HashMap<>();

    private RealmUsers() {
    }

    public static RealmUsers read(KeycloakSession session, RealmModel realm) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        RealmUsers users = new RealmUsers();
        for (Object[] row : em.createQuery("select u.id, u.username, u.enabled, u.createdTimestamp,"
                + " u.serviceAccountClientLink from UserEntity u where u.realmId = :realmId", Object[].class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            User user = new User((String) row[0], (String) row[1], (Boolean) row[2], (Long) row[3], row[4] != null);
            users.byId.put(user.id(), user);
            users.byUsername.put(user.username(), user);
        }
        return users;
    }

    /** The user by id, or one standing for an unknown (federated) id: enabled, named by its id. */
    public User byId(String id) {
        User user = byId.get(id);
        return user != null ? user : new User(id, id, true, null, false);
    }

    /** The id of a username or id, or null if neither names a local user. */
    public String idOf(String usernameOrId) {
        User user = byUsername.get(usernameOrId);
        if (user == null) {
            user = byId.get(usernameOrId);
        }
        return user == null ? null : user.id();
    }

    public java.util.stream.Stream<User> all() {
        return byId.values().stream();
    }
}
