package io.runtimeaccess.events.settings;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** Reads and writes a realm's {@link FindingSettingsEntity} in the session's transaction. */
public final class SettingsStore {

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

    /** The realm's row, locked for an update until this transaction ends ({@link RealmRow#locked}). */
    public FindingSettingsEntity findForUpdate(String realmId) {
        return RealmRow.locked(session, FindingSettingsEntity.class, realmId, () -> {
            FindingSettingsEntity row = new FindingSettingsEntity();
            row.setRealmId(realmId);
            return row;
        });
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from FindingSettingsEntity s where s.realmId = :realmId")
                .setParameter("realmId", realmId).executeUpdate();
    }
}
