package io.runtimeaccess.lifecycle.offboard;

import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.KeycloakModelUtils;

/** A plan read in a transaction of its own, so it shows what the steps (each in its own transaction) committed. */
final class Fresh {

    private Fresh() {
    }

    static Map<String, Object> plan(KeycloakSession session, String realmId, String planId) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), fresh -> {
            PlanStore store = new PlanStore(fresh, realmId);
            OffboardingPlanEntity plan = store.plan(planId);
            return PlanViews.withUsers(plan, store.users(planId));
        });
    }
}
