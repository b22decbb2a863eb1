package io.runtimeaccess.lifecycle.offboard;

import io.runtimeaccess.lifecycle.plan.PlanStatus;
import io.runtimeaccess.lifecycle.plan.StepCounts;
import io.runtimeaccess.lifecycle.plan.UserStep;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The offboarding plans of one realm and their users; nothing here reaches another realm's rows. */
final class PlanStore {

    private final EntityManager em;
    private final String realmId;

    PlanStore(KeycloakSession session, String realmId) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realmId;
    }

    /** The plan, or a 404 naming {@code planId} (also for another realm's plan). */
    OffboardingPlanEntity plan(String planId) {
        OffboardingPlanEntity plan = !Limits.lookable(planId) ? null
                : em.find(OffboardingPlanEntity.class, planId);
        if (plan == null || !plan.getRealmId().equals(realmId)) {
            throw BadRequest.notFound("planId", "no offboarding plan '" + Limits.shown(planId) + "' in this realm");
        }
        return plan;
    }

    List<OffboardingPlanEntity> plans(int first, int max) {
        return em.createNamedQuery("LcPlan.byRealm", OffboardingPlanEntity.class).setParameter("realmId", realmId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    List<OffboardingUserEntity> users(String planId) {
        return em.createNamedQuery("LcPlanUser.byPlan", OffboardingUserEntity.class).setParameter("planId", planId)
                .getResultList();
    }

    /** The Keycloak user ids of the realm's plan's open steps (pending or failed). */
    List<String> openKeycloakUserIds(String planId) {
        return em.createNamedQuery("LcPlanUser.openUserIds", String.class).setParameter("planId", planId)
                .setParameter("realmId", realmId).getResultList();
    }

    /** The ids of the plan's users still to process (pending or failed), in plan order. */
    List<String> openUserIds(String planId) {
        return em.createNamedQuery("LcPlanUser.openIds", String.class).setParameter("planId", planId).getResultList();
    }

    /**
     * Marks an open user done and answers true, or answers false if the user is not open any more (another node, or
     * an earlier call, did it). The caller offboards the user in the same transaction, so both commit or neither.
     */
    boolean claim(String planUserId) {
        return em.createNamedQuery("LcPlanUser.claim").setParameter("id", planUserId).executeUpdate() == 1;
    }

    OffboardingUserEntity user(String planUserId) {
        return em.find(OffboardingUserEntity.class, planUserId);
    }

    /**
     * Marks an open user's step failed with {@code error}; a step another apply finished meanwhile (its claim
     * committed while this one's waited, then failed) keeps its outcome. One conditional update: a row read and
     * written back would overwrite the other apply's "done" and the record of what it removed.
     */
    void markFailed(String planUserId, String error) {
        em.createNamedQuery("LcPlanUser.markFailed").setParameter("id", planUserId).setParameter("error", error)
                .executeUpdate();
    }

    /** Each listed plan's users counted per step by the database (a plan may have thousands of users). */
    Map<String, StepCounts> steps(List<String> planIds) {
        Map<String, Map<UserStep, Long>> counts = new HashMap<>();
        planIds.forEach(id -> counts.put(id, new EnumMap<>(UserStep.class)));
        if (!planIds.isEmpty()) {
            em.createNamedQuery("LcPlanUser.statesOf", Object[].class).setParameter("planIds", planIds).getResultList()
                    .forEach(row -> counts.get((String) row[0]).put(UserStep.valueOf((String) row[1]),
                            ((Number) row[2]).longValue()));
        }
        Map<String, StepCounts> steps = new HashMap<>();
        counts.forEach((planId, perStep) -> steps.put(planId, StepCounts.of(perStep)));
        return steps;
    }

    StepCounts counts(String planId) {
        return StepCounts.of(users(planId).stream().map(u -> UserStep.valueOf(u.getState())).toList());
    }

    /** Sets the plan's status from its users' steps; the time it was applied once none is left. */
    PlanStatus settle(OffboardingPlanEntity plan) {
        PlanStatus status = PlanStatus.of(counts(plan.getId()));
        plan.setStatus(status.name());
        if (status == PlanStatus.APPLIED && plan.getAppliedAt() == null) {
            plan.setAppliedAt(System.currentTimeMillis());
        }
        return status;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    /** A removed realm takes its plans along. */
    static void deleteRealm(KeycloakSession session, String realmId) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        em.createNamedQuery("LcPlanUser.deleteRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("LcPlan.deleteRealm").setParameter("realmId", realmId).executeUpdate();
    }
}
