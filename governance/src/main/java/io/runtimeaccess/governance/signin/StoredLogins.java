package io.runtimeaccess.governance.signin;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;

/**
 * Keycloak's own stored LOGIN events, for the users the sign-in marks do not know: the marks start empty when the
 * extension is installed, and a user active until then must not read as "never signed in" (dormant, a risk reason,
 * an account to disable) until their next sign-in. Read only where the realm stores events; one grouped query per
 * {@value #BATCH} users.
 */
public final class StoredLogins {

    private static final int BATCH = 500;

    private StoredLogins() {
    }

    /** Adds to {@code signIns} the newest stored LOGIN of each of {@code userIds} it lacks; returns it. */
    public static Map<String, SignInMarks.SignIn> fillIn(EntityManager em, RealmModel realm,
            Collection<String> userIds, Map<String, SignInMarks.SignIn> signIns) {
        if (!realm.isEventsEnabled()) {
            return signIns;
        }
        List<String> missing = new ArrayList<>();
        userIds.stream().filter(id -> !signIns.containsKey(id)).forEach(missing::add);
        for (int from = 0; from < missing.size(); from += BATCH) {
            for (Object[] row : em.createQuery("select e.userId, max(e.time) from EventEntity e where e.realmId"
                    + " = :realmId and e.type = :login and e.userId in :ids group by e.userId", Object[].class)
                    .setParameter("realmId", realm.getId()).setParameter("login", EventType.LOGIN.name())
                    .setParameter("ids", missing.subList(from, Math.min(missing.size(), from + BATCH)))
                    .getResultList()) {
                signIns.put((String) row[0], new SignInMarks.SignIn((Long) row[1], false));
            }
        }
        return signIns;
    }
}
