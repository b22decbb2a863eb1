package io.runtimeaccess.sharing.registration;

import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.GrantEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Deletes grants whose expiry has passed. Checks never need it (an expired grant stops counting at its
 * expiry instant); it only keeps the tables small. Runs on one node of the cluster at a time, and
 * records what it removed as an admin event ({@code DELETE runtime-access/grants/expired}).
 */
public class ExpiredGrantsCleanup implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-expired-grants";
    /** Resource path of the admin event that records a clean-up. */
    public static final String EVENT_PATH = "grants/expired";
    private static final int MAX_LISTED = 100;
    /**
     * Grants one realm's clean-up removes per run, oldest expiry first; a backlog goes over several runs instead of
     * one transaction that could outlast the transaction timeout and never finish.
     */
    static final int MAX_PER_REALM = 5_000;
    /** Ids per delete statement: far below every database's limit on an IN list. */
    private static final int DELETE_CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(ExpiredGrantsCleanup.class);

    /** Schedules the task once the server has migrated its database. */
    static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new ExpiredGrantsCleanup(), intervalMillis),
                                intervalMillis, TASK_NAME));
            }
        });
    }

    /** Each realm in a transaction of its own: one realm's failure leaves the others' clean-up alone. */
    @Override
    public void run(KeycloakSession session) {
        long now = System.currentTimeMillis();
        List<String> realmIds = session.realms().getRealmsStream().map(RealmModel::getId).toList();
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), realmSession -> {
                    RealmModel realm = realmSession.realms().getRealm(realmId);
                    if (realm != null) {
                        deleteExpired(realmSession, realm, now);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf("Expired runtime-access grants of realm %s not removed; the next run tries again: %s",
                        realmId, e.getMessage());
            }
        }
    }

    private static void deleteExpired(KeycloakSession session, RealmModel realm, long now) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<GrantEntity> expired = em.createQuery("select g from GrantEntity g where g.realmId = :realmId"
                + " and g.expiresAt <= :now order by g.expiresAt, g.id", GrantEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("now", now).setMaxResults(MAX_PER_REALM)
                .getResultList();
        if (expired.isEmpty()) {
            return;
        }
        int removed = deleteById(em, expired.stream().map(GrantEntity::getId).toList());
        LOG.infof("Realm '%s': removed %d expired runtime-access grant(s); they had stopped counting at their "
                + "expiry already.%s", Limits.loggable(realm.getName()), removed,
                expired.size() == MAX_PER_REALM ? " More are left for the next run." : "");
        ServerAdminEvents.record(session, realm, OperationType.DELETE, EVENT_PATH, removal(expired, removed));
        AccessIndexes.invalidateAfterCommit(session, realm);
    }

    /**
     * Deletes by id, a statement per chunk, and counts what went: a grant removed meanwhile (its request expired, an
     * admin revoked it, its user was deleted) is simply not counted. Removing the read entities one by one would
     * fail the realm's whole clean-up on such a row, at every run while it raced.
     */
    private static int deleteById(EntityManager em, List<String> ids) {
        int removed = 0;
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            removed += em.createQuery("delete from GrantEntity g where g.id in :ids")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK))).executeUpdate();
        }
        return removed;
    }

    /** The event lists the first grants read for removal; the count is of the rows removed. */
    private static Map<String, Object> removal(List<GrantEntity> expired, int removed) {
        List<Map<String, Object>> listed = expired.stream().limit(MAX_LISTED).map(grant -> Map.<String, Object>of(
                "id", grant.getId(), "solutionId", grant.getSolutionId(),
                "principal", Map.of("type", grant.getPrincipalType(), "id", grant.getPrincipalId()),
                "role", grant.getRoleName(), "expiresAt", Instant.ofEpochMilli(grant.getExpiresAt()).toString()))
                .collect(Collectors.toList());
        return Map.of("reason", "expired", "removed", removed, "grants", listed);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
