package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.tickets.delivery.PollSchedule;
import io.runtimeaccess.tickets.outbox.TicketState;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * The background task of the ticket sink, on one node of a cluster per interval (the cluster-aware runner): first
 * it lets the {@link TicketSource}s queue what they found, then delivers the due tickets of the outbox, then polls
 * the statuses the {@link PollSchedule} says are due: lately resolved tickets (one may have been reopened in Jira),
 * then open ones. Each run delivers at most {@link #BATCH} tickets and asks at most the schedule's batch of
 * statuses, so one run stays short; the rest wait for the next. Nothing here runs in a producer's transaction, a
 * sign-in or a check.
 */
public final class DeliveryTask implements ScheduledTask {

    public static final String TASK_NAME = "runtime-access-ticket-delivery";
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(DeliveryTask.class);

    private final List<TicketSource> sources;
    private final Courier courier;

    private DeliveryTask(KeycloakSessionFactory factory, List<TicketSource> sources) {
        this.sources = sources;
        this.courier = new Courier(factory, new JiraClient(SinkOptions.current().timeout()));
    }

    /** Schedules the task once the server has migrated its database. */
    public static void scheduleAfterStartup(KeycloakSessionFactory factory, List<TicketSource> sources) {
        long interval = SinkOptions.current().deliveryInterval().toMillis();
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                KeycloakModelUtils.runJobInTransaction(factory, session -> session.getProvider(TimerProvider.class)
                        .schedule(new ClusterAwareScheduledTaskRunner(factory, new DeliveryTask(factory, sources),
                                interval), interval, TASK_NAME));
            }
        });
    }

    @Override
    public void run(KeycloakSession session) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        // Keycloak runs every scheduled task on one timer thread (expiry sweeps included): a slow or dead Jira may
        // hold this run no longer than about half an interval, and what is left waits for the next run
        SinkOptions options = SinkOptions.current();
        long deadline = System.currentTimeMillis()
                + Math.max(options.deliveryInterval().toMillis() / 2, options.timeout().toMillis());
        for (TicketSource source : sources) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, source::collect);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Ticket source %s failed; the next run tries again", source.getClass().getSimpleName());
            }
        }
        long now = System.currentTimeMillis();
        for (String id : SinkStore.em(session).createNamedQuery("Ticket.due", String.class)
                .setParameter("state", TicketState.PENDING.name()).setParameter("now", now).setMaxResults(BATCH)
                .getResultList()) {
            if (!guarded(id, deadline, () -> courier.deliver(id))) {
                return;
            }
        }
        PollSchedule schedule = options.poll();
        List<String> resolved = SinkStore.em(session).createNamedQuery("Ticket.toRepoll", String.class)
                .setParameter("state", TicketState.RESOLVED.name())
                .setParameter("before", schedule.resolvedPolledBefore(now))
                .setParameter("since", schedule.resolvedSince(now)).setMaxResults(schedule.resolvedLimit())
                .getResultList();
        for (String id : resolved) {
            if (!guarded(id, deadline, () -> courier.poll(id))) {
                return;
            }
        }
        int openLimit = schedule.openLimit(resolved.size());
        if (openLimit == 0) {
            return;
        }
        for (String id : SinkStore.em(session).createNamedQuery("Ticket.toPoll", String.class)
                .setParameter("state", TicketState.OPEN.name()).setParameter("before", schedule.openPolledBefore(now))
                .setMaxResults(openLimit).getResultList()) {
            if (!guarded(id, deadline, () -> courier.poll(id))) {
                return;
            }
        }
    }

    /** Runs one delivery or poll unless the run's time is up; false once it is. */
    private static boolean guarded(String id, long deadline, Runnable step) {
        if (System.currentTimeMillis() >= deadline) {
            LOG.debugf("The ticket run's time is up before ticket %s; the next run goes on", id);
            return false;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Ticket %s: delivery or poll failed; the next run tries again", id);
        }
        return true;
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
