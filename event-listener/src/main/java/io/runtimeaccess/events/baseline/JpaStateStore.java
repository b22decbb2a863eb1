package io.runtimeaccess.events.baseline;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.events.finding.ScorerStateEntity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/** {@link StateStore} on {@code RA_SCORER_STATE}, one transaction per call. */
public final class JpaStateStore implements StateStore {

    private final KeycloakSessionFactory factory;

    public JpaStateStore(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    @Override
    public Stored load(String realmId) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            ScorerStateEntity saved = em(session).find(ScorerStateEntity.class, realmId);
            if (saved != null) {
                return Stored.of(saved.getSnapshot());
            }
            // a removed realm's state went with it: only then is the realm looked up (for a live realm, at its first
            // event after a start; for a removed one, at each late event)
            return session.realms().getRealm(realmId) == null ? Stored.GONE : Stored.of(null);
        });
    }

    @Override
    public boolean save(String realmId, String snapshot, String unreadable) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            EntityManager em = em(session);
            ScorerStateEntity state = em.find(ScorerStateEntity.class, realmId);
            boolean first = state == null;
            if (first && session.realms().getRealm(realmId) == null) {
                // a removed realm's state went with it; a scorer that still held it (an event queued before the
                // removal, another node of the cluster) must not bring the row back
                return false;
            }
            if (first) {
                state = new ScorerStateEntity();
                state.setRealmId(realmId);
            } else if (unreadable != null && unreadable.equals(state.getSnapshot())) {
                state.setUnreadableSnapshot(unreadable);
                state.setUnreadableSince(System.currentTimeMillis());
            }
            state.setModelVersion(AnomalyScorer.MODEL_VERSION);
            state.setSnapshot(snapshot);
            state.setSavedAt(System.currentTimeMillis());
            if (first) {
                em.persist(state);
            }
            return true;
        });
    }

    @Override
    public boolean realmExists(String realmId) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory,
                session -> session.realms().getRealm(realmId) != null);
    }

    @Override
    public List<String> storedRealms() {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> em(session)
                .createQuery("select s.realmId from ScorerStateEntity s", String.class).getResultList());
    }

    private static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
