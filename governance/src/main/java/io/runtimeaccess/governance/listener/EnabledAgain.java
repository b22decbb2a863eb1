package io.runtimeaccess.governance.listener;

import io.runtimeaccess.governance.risk.UserRiskScorer;
import io.runtimeaccess.governance.riskstore.UserRiskStore;
import io.runtimeaccess.governance.riskstore.UserRisks;
import io.runtimeaccess.governance.run.AfterCommit;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Scores a user again once an admin's change has enabled them. A disabled account's stored risk is 0 ("it cannot
 * sign in"), and "Condition - user risk" reads the stored score: without this, an account re-enabled after being
 * disabled (a dormant admin, say) would sign in as a risk of 0 until the next nightly run.
 */
final class EnabledAgain {

    private static final Logger LOG = Logger.getLogger(EnabledAgain.class);

    private EnabledAgain() {
    }

    /**
     * After {@code session} commits, in a transaction of its own: the user's change is then visible. Only for a user
     * whose stored score is 0 (one indexed column read now): any other update of a user costs nothing more.
     */
    static void afterCommit(KeycloakSession session, String realmId, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null || UserRiskStore.score(session, realm, userId).filter(score -> score == 0).isEmpty()) {
            return;
        }
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getTransactionManager().enlistAfterCompletion(AfterCommit.of(() -> {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, fresh -> rescoreIfStale(fresh, realmId, userId));
            } catch (RuntimeException e) {
                // the admin's change is committed; the next run scores the user
                LOG.warnf("Realm %s: user %s not scored again after the change: %s", realmId, userId,
                        e.getClass().getSimpleName());
            }
        }));
    }

    /** Scores the user again if they are enabled and their stored risk is the disabled account's. */
    static void rescoreIfStale(KeycloakSession session, String realmId, String userId) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null || !user.isEnabled()) {
            return;
        }
        boolean stale = UserRiskStore.of(session, realm, userId).map(stored -> stored.risk().reasons().stream()
                .anyMatch(reason -> UserRiskScorer.DISABLED.equals(reason.code()))).orElse(false);
        if (stale) {
            UserRisks.recompute(session, realm, user);
        }
    }
}
