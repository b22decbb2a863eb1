package io.runtimeaccess.lifecycle.offboard;

import io.runtimeaccess.lifecycle.actor.AdminActor;
import io.runtimeaccess.lifecycle.plan.PlanStatus;
import io.runtimeaccess.sharing.api.BadRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Applies (or resumes) a plan in persisted steps: the plan is marked applying in a transaction of its own, then
 * each open user is offboarded in a transaction of their own that also marks the user's step, and finally the
 * plan is settled. A server that stops halfway leaves every user either done or open, and applying the plan again
 * continues with the open ones. A user whose step fails is marked failed with the error and the run goes on; a
 * resume tries that user again.
 */
final class OffboardingRun {

    private static final Logger LOG = Logger.getLogger(OffboardingRun.class);
    private static final int ERROR_LENGTH = 1000;

    private final KeycloakSessionFactory factory;
    private final String realmId;
    private final String planId;
    private final AdminActor actor;

    OffboardingRun(KeycloakSession session, RealmModel realm, String planId, AdminActor actor) {
        this.factory = session.getKeycloakSessionFactory();
        this.realmId = realm.getId();
        this.planId = planId;
        this.actor = actor;
        OffboardingPlanEntity plan = new PlanStore(session, realmId).plan(planId);
        if (!PlanStatus.valueOf(plan.getStatus()).applicable()) {
            throw BadRequest.conflict("planId", "the plan was applied already");
        }
    }

    /** Runs every open step; returns the plan's status afterwards. */
    PlanStatus run(int stopAfter) {
        List<String> open = inRealm((session, realm) -> {
            PlanStore store = new PlanStore(session, realmId);
            store.plan(planId).setStatus(PlanStatus.APPLYING.name());
            return store.openUserIds(planId);
        });
        int processed = 0;
        for (String planUserId : open) {
            if (processed == stopAfter) {
                throw fault(processed);
            }
            step(planUserId);
            processed++;
        }
        return inRealm((session, realm) -> new PlanStore(session, realmId).settle(
                new PlanStore(session, realmId).plan(planId)));
    }

    private void step(String planUserId) {
        try {
            inRealm((session, realm) -> new UserOffboarding(session, realm, actor.auth()).run(planUserId));
        } catch (RuntimeException e) {
            // the user's changes rolled back with the claim; the plan keeps a refusal's text, the log the details
            String error = BadRequest.reasonOf(e);
            LOG.warnf(e, "Offboarding plan %s: user step %s failed", planId, planUserId);
            inRealm((session, realm) -> {
                new PlanStore(session, realmId).markFailed(planUserId,
                        error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
                return null;
            });
        }
    }

    /** The test-only fault ends the request the way a dying server would not: with an answer saying so. */
    private static WebApplicationException fault(int processed) {
        return new WebApplicationException(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("field", "fault", "error", "test fault injection: stopped after " + processed
                        + " users; apply again to resume")).build());
    }

    private interface RealmJob<T> {
        T run(KeycloakSession session, RealmModel realm);
    }

    private <T> T inRealm(RealmJob<T> job) {
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            session.getContext().setRealm(realm);
            return job.run(session, realm);
        });
    }
}
