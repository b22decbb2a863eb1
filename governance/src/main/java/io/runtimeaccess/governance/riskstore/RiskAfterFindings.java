package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.events.finding.FindingChanged;
import io.runtimeaccess.governance.background.DrainExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Scores a user again when an anomaly finding about them was raised, rose or was dismissed. "Condition - user risk"
 * reads the stored score, so without this an account under attack (a HIGH finding, 15 points) signed in at its old
 * score until the next nightly run. Never on the scorer's thread: the users wait in a set that one background thread
 * drains, each user once however many findings arrived meanwhile; past {@value #MAX_WAITING} users (a campaign over
 * a whole realm) the rest wait for the nightly run.
 */
public final class RiskAfterFindings {

    static final int MAX_WAITING = 10_000;
    private static final Logger LOG = Logger.getLogger(RiskAfterFindings.class);

    private record Scored(String realmId, String userId) {
    }

    private static final Set<Scored> WAITING = ConcurrentHashMap.newKeySet();
    private static final ThreadPoolExecutor EXECUTOR = DrainExecutor.named("runtime-access-risk-after-findings");

    private RiskAfterFindings() {
    }

    public static void register(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof FindingChanged changed) {
                offer(factory, new Scored(changed.realmId(), changed.userId()));
            }
        });
    }

    private static void offer(KeycloakSessionFactory factory, Scored user) {
        if (WAITING.size() >= MAX_WAITING) {
            LOG.debugf("Risk rescoring queue full; user %s waits for the nightly run", user.userId());
            return;
        }
        if (WAITING.add(user)) {
            EXECUTOR.execute(() -> drain(factory));
        }
    }

    private static void drain(KeycloakSessionFactory factory) {
        List<Scored> batch = new ArrayList<>(WAITING);
        WAITING.removeAll(batch);
        for (Scored user : batch) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, session -> {
                    RealmModel realm = session.realms().getRealm(user.realmId());
                    if (realm == null) {
                        return;
                    }
                    session.getContext().setRealm(realm);
                    UserModel found = session.users().getUserById(realm, user.userId());
                    if (found != null) {
                        UserRisks.recompute(session, realm, found);
                    }
                });
            } catch (RuntimeException e) {
                // the finding stands; the next run scores the user
                LOG.warnf("Realm %s: user %s not scored again after a finding: %s", user.realmId(), user.userId(),
                        e.getClass().getSimpleName());
            }
        }
    }

    public static void shutdown() {
        EXECUTOR.shutdownNow();
    }
}
