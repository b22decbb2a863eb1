package io.runtimeaccess.events.settings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads and writes a realm's {@link FindingSettingsEntity} in the session's transaction. */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class);

    private final KeycloakSession session;
    private final EntityManager em;

    public SettingsStore(KeycloakSession session) {
        this.session = session;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The realm's row, or {@code null} when the realm never saved settings. */
    public FindingSettingsEntity find(String realmId) {
        return em.find(FindingSettingsEntity.class, realmId);
    }

    /**
     * The realm's row, locked for an update until this transaction ends, so that two admins' partial updates at
     * once apply one after the other instead of the later writing back what the earlier changed. A realm's first
     * save inserts the empty row in a transaction of its own: two first saves at once would otherwise both insert
     * it, and the second would fail on the key at commit. (The plain read first: on MariaDB a locking read of a
     * missing row would lock the gap the insert needs.)
     */
    public FindingSettingsEntity findForUpdate(String realmId) {
        FindingSettingsEntity settings = find(realmId);
        if (settings != null) {
            em.refresh(settings, LockModeType.PESSIMISTIC_WRITE);
            return settings;
        }
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), first -> {
                EntityManager firstEm = first.getProvider(JpaConnectionProvider.class).getEntityManager();
                if (firstEm.find(FindingSettingsEntity.class, realmId) == null) {
                    FindingSettingsEntity row = new FindingSettingsEntity();
                    row.setRealmId(realmId);
                    firstEm.persist(row);
                }
            });
        } catch (RuntimeException raced) {
            // another first save inserted it meanwhile: the locking read below finds theirs
            LOG.debugf("Realm %s: the findings settings row was inserted by another request", realmId);
        }
        return em.find(FindingSettingsEntity.class, realmId, LockModeType.PESSIMISTIC_WRITE);
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from FindingSettingsEntity s where s.realmId = :realmId")
                .setParameter("realmId", realmId).executeUpdate();
    }
}
