package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The usernames of a page's users read together, instead of a user lookup (a few queries on a cold cache) per row.
 * Keycloak's own user table answers in one query per 500 ids; only a user it does not hold (one a federation provider
 * keeps without importing) is then looked up through the user provider.
 */
public final class Usernames {

    private static final int CHUNK = 500;

    private Usernames() {
    }

    /** Username by user id for those of {@code ids} that are users of {@code realm}; a user who is gone is absent. */
    public static Map<String, String> of(KeycloakSession session, RealmModel realm, Collection<String> ids) {
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        wanted.remove(null);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            for (Object[] row : em.createQuery("select u.id, u.username from UserEntity u where u.realmId = :realmId"
                    + " and u.id in :ids", Object[].class).setParameter("realmId", realm.getId())
                    .setParameter("ids", chunk).getResultList()) {
                names.put((String) row[0], (String) row[1]);
            }
        }
        for (String id : wanted) {
            if (!names.containsKey(id)) {
                UserModel user = session.users().getUserById(realm, id);
                if (user != null) {
                    names.put(id, user.getUsername());
                }
            }
        }
        return names;
    }
}
