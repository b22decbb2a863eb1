package io.runtimeaccess.governance.run;

import java.util.List;
import java.util.Set;
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
 * The scheduled run of every realm (or of the realms named in the options) whose mode is not {@code off}. The
 * cluster-aware runner lets one node per interval run it; in addition a realm whose last nightly run started less
 * than 90 % of an interval ago is skipped, so a node that restarts, or joins with another schedule, never runs a
 * realm twice in one interval. Each realm runs in its own transaction: one failing realm leaves the others alone.
 */
public final class NightlyRuns implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-governance-nightly";
    private static final Logger LOG = Logger.getLogger(NightlyRuns.class);

    private final long intervalMillis;
    private final Set<String> realmNames;

    NightlyRuns(long intervalMillis, Set<String> realmNames) {
        this.intervalMillis = intervalMillis;
        this.realmNames = Set.copyOf(realmNames);
    }

    /** Schedules the task once the server has migrated its database. */
    public static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis, Set<String> realms) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new NightlyRuns(intervalMillis, realms),
                                intervalMillis), intervalMillis, TASK_NAME));
            }
        });
    }

    @Override
    public void run(KeycloakSession session) {
        List<String> realmIds = session.realms().getRealmsStream()
                .filter(realm -> realmNames.isEmpty() || realmNames.contains(realm.getName()))
                .map(RealmModel::getId).toList();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        for (String realmId : realmIds) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, realmSession -> runRealm(realmSession, realmId));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Nightly access-intelligence run of realm %s failed", realmId);
            }
        }
    }

    private void runRealm(KeycloakSession session, String realmId) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null || !RunEngine.enabled(session, realm)) {
            return;
        }
        session.getContext().setRealm(realm);
        long guard = System.currentTimeMillis() - intervalMillis * 9 / 10;
        if (new RunStore(session, realmId).startedSince(Trigger.NIGHTLY, guard)) {
            LOG.debugf("Realm '%s' had its nightly run less than an interval ago; skipped", realm.getName());
            return;
        }
        RunEngine.run(session, realm, Trigger.NIGHTLY);
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
