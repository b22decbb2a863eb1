package io.runtimeaccess.events.settings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * A realm's one row of a settings table (keyed by the realm id), locked for an update until the session's
 * transaction ends, so that two admins' partial updates at once apply one after the other instead of the later
 * writing back what the earlier changed.
 */
public final class RealmRow {

    private static final Logger LOG = Logger.getLogger(RealmRow.class);

    private RealmRow() {
    }

    /**
     * The realm's row, locked. A realm's first save inserts {@code first} in a transaction of its own: two first
     * saves at once would otherwise both insert it, and the second would fail on the key at commit. (The plain read
     * first: on MariaDB a locking read of a missing row would lock the gap the insert needs.)
     */
    public static <T> T locked(KeycloakSession session, Class<T> table, String realmId, Supplier<T> first) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        T row = em.find(table, realmId);
        if (row != null) {
            em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
            return row;
        }
        RuntimeException failed = null;
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                EntityManager ownEm = own.getProvider(JpaConnectionProvider.class).getEntityManager();
                if (ownEm.find(table, realmId) == null) {
                    ownEm.persist(first.get());
                }
            });
        } catch (RuntimeException raced) {
            // most likely another first save inserted it meanwhile: the locking read below finds theirs
            LOG.debugf("Realm %s: its %s row was inserted by another request", realmId, table.getSimpleName());
            failed = raced;
        }
        T locked = em.find(table, realmId, LockModeType.PESSIMISTIC_WRITE);
        if (locked == null) {
            // not a race then (a lost connection, a lock timeout): the insert's own failure says what happened
            throw failed != null ? failed : new IllegalStateException("the " + table.getSimpleName() + " row of realm "
                    + realmId + " was inserted and is gone");
        }
        return locked;
    }
}
