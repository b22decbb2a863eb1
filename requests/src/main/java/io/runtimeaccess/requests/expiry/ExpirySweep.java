package io.runtimeaccess.requests.expiry;

import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.lifecycle.SweepCursor;
import io.runtimeaccess.requests.request.RequestEnd;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * Removes the access of active requests whose time is up, everywhere: the runtime grant (which had stopped counting
 * at its expiry already), the end-user group membership, the Keycloak role mapping. The cluster-aware runner lets
 * one node at a time sweep. Each request ends in its own transaction, so one failure leaves the others alone and
 * the failed one is tried again in the next pass over the backlog ({@link SweepCursor}).
 */
public final class ExpirySweep implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-request-expiry";
    private static final Logger LOG = Logger.getLogger(ExpirySweep.class);

    /**
     * This node's place in the backlog, a page of requests ended per sweep (more wait for the next sweep, so one sweep
     * stays short): requests whose removal keeps failing do not hold back those after them.
     */
    private final SweepCursor<RequestStore.ExpiryPosition> cursor;

    private ExpirySweep(int batch) {
        this.cursor = new SweepCursor<>(batch);
    }

    /** Schedules the sweep once the server has migrated its database; each sweep ends at most {@code batch}. */
    public static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis, int batch) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new ExpirySweep(batch), intervalMillis),
                                intervalMillis, TASK_NAME));
            }
        });
    }

    @Override
    public void run(KeycloakSession session) {
        List<AccessRequestEntity> page = RequestStore.expired(session, System.currentTimeMillis(), cursor.after(),
                cursor.pageSize());
        cursor.read(page, RequestStore.ExpiryPosition::of);
        List<String> ids = page.stream().map(AccessRequestEntity::getId).toList();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        for (String id : ids) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, requestSession -> expire(requestSession, id));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not remove the access of expired request %s; a later sweep tries again", id);
            }
        }
    }

    /**
     * The request's row is locked before it is read: the cluster-aware task's lock lasts one interval, so a sweep of
     * many requests may overlap the next node's sweep, and two nodes must not both take the access away (two admin
     * events, two emails, two CloudEvents). The second one waits, then finds it expired.
     */
    private static void expire(KeycloakSession session, String id) {
        AccessRequestEntity request = session.getProvider(org.keycloak.connections.jpa.JpaConnectionProvider.class)
                .getEntityManager().find(AccessRequestEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !RequestStatus.ACTIVE.name().equals(request.getStatus())) {
            return;
        }
        RealmModel realm = session.realms().getRealm(request.getRealmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        RequestEnd.expire(session, realm, request, null, null);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
