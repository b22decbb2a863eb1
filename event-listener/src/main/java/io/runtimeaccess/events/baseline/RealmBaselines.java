package io.runtimeaccess.events.baseline;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.StateBudget;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.events.finding.ScorerStateEntity;
import io.runtimeaccess.events.pipeline.RealmScorers;
import jakarta.persistence.EntityManager;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Each realm's scorer with what it has learned about normal: restored from {@code RA_SCORER_STATE} on
 * the realm's first event after a start, saved back periodically and at shutdown. In a cluster each node
 * learns from the events it receives and the last node to save wins.
 */
public final class RealmBaselines implements RealmScorers {

    private static final Logger LOG = Logger.getLogger(RealmBaselines.class);

    private final KeycloakSessionFactory factory;
    private final IpLocator locator;
    /** The process-wide caps every realm's scorer shares, so memory does not grow with the realm count. */
    private final StateBudget budget;
    private final Map<String, EventScorer> scorers = new HashMap<>();

    public RealmBaselines(KeycloakSessionFactory factory, IpLocator locator, StateBudget budget) {
        this.factory = factory;
        this.locator = locator;
        this.budget = budget;
    }

    @Override
    public EventScorer of(String realmId) {
        return scorers.computeIfAbsent(realmId, this::load);
    }

    private EventScorer load(String realmId) {
        EventScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), locator, budget);
        try {
            ScorerStateEntity saved = KeycloakModelUtils.runJobInTransactionWithResult(factory,
                    session -> em(session).find(ScorerStateEntity.class, realmId));
            if (saved != null) {
                scorer.restore(Base64.getDecoder().decode(saved.getSnapshot()));
            }
        } catch (RuntimeException e) {
            // An unreadable or older state must not stop scoring: start learning again.
            LOG.warnf("Realm %s: could not restore the anomaly scorer's learned state (%s); starting fresh", realmId,
                    e.getMessage());
            scorer = new AnomalyScorer(ScorerSettings.defaults(), locator, budget);
        }
        return scorer;
    }

    @Override
    public void saveAll() {
        scorers.forEach(this::save);
    }

    private void save(String realmId, EventScorer scorer) {
        String snapshot = Base64.getEncoder().encodeToString(scorer.snapshot());
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                EntityManager em = em(session);
                ScorerStateEntity state = em.find(ScorerStateEntity.class, realmId);
                boolean first = state == null;
                if (first) {
                    state = new ScorerStateEntity();
                    state.setRealmId(realmId);
                }
                state.setModelVersion(AnomalyScorer.MODEL_VERSION);
                state.setSnapshot(snapshot);
                state.setSavedAt(System.currentTimeMillis());
                if (first) {
                    em.persist(state);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "Realm %s: could not save the anomaly scorer's learned state", realmId);
        }
    }

    @Override
    public void forget(String realmId) {
        scorers.remove(realmId);
    }

    private static EntityManager em(org.keycloak.models.KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
