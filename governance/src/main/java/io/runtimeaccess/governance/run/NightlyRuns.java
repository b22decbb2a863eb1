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
 * The scheduled run of every realm (or of the realms named in the options) whose mode is not {@code off}. The task
 * ticks more often than the interval ({@link #tickMillis}), and at each tick runs the realms whose last nightly run
 * started about an interval ago or that never had one: a timer scheduled at the interval itself waits a whole
 * interval after each start, so nodes restarted daily would never run it. The cluster-aware runner lets one node at a
 * time tick, its lock held for up to an interval (a run may last longer than a tick; the lock goes when the run ends);
 * the stored runs keep a node that restarts, or joins with another schedule, from running a realm twice in one
 * interval. Each realm runs in its own transaction: one failing realm leaves the others alone.
 */
public final class NightlyRuns implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-governance-nightly";
    private static final Logger LOG = Logger.getLogger(NightlyRuns.class);

    /** The longest time between two ticks: a node started at any time runs what is due within it. */
    static final long MAX_TICK_MILLIS = 3_600_000;

    private final long intervalMillis;
    private final Set<String> realmNames;

    NightlyRuns(long intervalMillis, Set<String> realmNames) {
        this.intervalMillis = intervalMillis;
        this.realmNames = Set.copyOf(realmNames);
    }

    /** Schedules the task once the server has migrated its database. */
    public static void scheduleAfterStartup(KeycloakSessionFactory factory, long intervalMillis, Set<String> realms) {
        long tick = tickMillis(intervalMillis);
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new NightlyRuns(intervalMillis, realms),
                                intervalMillis), tick, TASK_NAME));
            }
        });
    }

    /** A 24th of the interval, between a minute and an hour, and never more than the interval. */
    static long tickMillis(long intervalMillis) {
        return Math.min(intervalMillis, Math.min(MAX_TICK_MILLIS, Math.max(60_000, intervalMillis / 24)));
    }

    /**
     * A realm whose last nightly run started after this is not due: an interval ago, less half a tick (so that ticks
     * drifting against the run's start do not skip a whole tick), and at least 10 % of the interval.
     */
    static long dueBefore(long now, long intervalMillis) {
        return now - intervalMillis + Math.min(tickMillis(intervalMillis) / 2, intervalMillis / 10);
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
        if (new RunStore(session, realmId).startedSince(Trigger.NIGHTLY,
                dueBefore(System.currentTimeMillis(), intervalMillis))) {
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
