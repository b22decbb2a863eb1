package io.runtimeaccess.sharing.store;

import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
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
 * expiry instant); it only keeps the tables small. Runs on one node of the cluster per interval.
 */
public class ExpiredGrantsCleanup implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-expired-grants";
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

    @Override
    public void run(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        long now = System.currentTimeMillis();
        session.realms().getRealmsStream().forEach(realm -> deleteExpired(em, realm, now));
    }

    private static void deleteExpired(EntityManager em, RealmModel realm, long now) {
        int removed = em.createQuery("delete from GrantEntity g where g.realmId = :realmId and g.expiresAt <= :now")
                .setParameter("realmId", realm.getId()).setParameter("now", now).executeUpdate();
        if (removed > 0) {
            LOG.infof("Realm '%s': removed %d expired runtime-access grant(s); they had stopped counting at their "
                    + "expiry already.", realm.getName(), removed);
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
