package io.runtimeaccess.events.settings;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** Reads and writes a realm's {@link FindingSettingsEntity} in the session's transaction. */
public final class SettingsStore {

    private final EntityManager em;

    public SettingsStore(KeycloakSession session) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    /** The realm's row, or {@code null} when the realm never saved settings. */
    public FindingSettingsEntity find(String realmId) {
        return em.find(FindingSettingsEntity.class, realmId);
    }

    /** The realm's row, created (not yet flushed) when missing, for an update. */
    public FindingSettingsEntity findOrCreate(String realmId) {
        FindingSettingsEntity settings = find(realmId);
        if (settings == null) {
            settings = new FindingSettingsEntity();
            settings.setRealmId(realmId);
            em.persist(settings);
        }
        return settings;
    }

    public void deleteRealm(String realmId) {
        em.createQuery("delete from FindingSettingsEntity s where s.realmId = :realmId")
                .setParameter("realmId", realmId).executeUpdate();
    }
}
