package io.runtimeaccess.tickets.courier;

import io.runtimeaccess.tickets.delivery.PollSchedule;
import io.runtimeaccess.tickets.delivery.RealmTurns;
import io.runtimeaccess.tickets.delivery.RealmTurns.Turn;
import io.runtimeaccess.tickets.outbox.TicketState;
import io.runtimeaccess.tickets.sink.SinkOptions;
import io.runtimeaccess.tickets.sink.SinkStore;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.ScheduledTask;
import org.keycloak.timer.TimerProvider;

/**
 * The background task of the ticket sink, on one node of a cluster at a time (the cluster-aware runner): first
 * it lets the {@link TicketSource}s queue what they found, then delivers the due tickets of the outbox, then polls
 * the statuses the {@link PollSchedule} says are due: lately resolved tickets (one may have been reopened in Jira),
 * then open ones. Each run delivers at most {@link #BATCH} tickets and asks at most the schedule's batch of
 * statuses, so one run stays short; the rest wait for the next. The realms take turns ({@link RealmTurns}), and a
 * realm whose Jira does not answer is skipped for the rest of the run, so one realm's Jira only delays its own
 * tickets. Nothing here runs in a producer's transaction, a
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
        long start = System.currentTimeMillis();
        long deadline = start + Math.max(options.deliveryInterval().toMillis() / 2, options.timeout().toMillis());
        for (TicketSource source : sources) {
            try {
                KeycloakModelUtils.runJobInTransaction(factory, source::collect);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Ticket source %s failed; the next run tries again", source.getClass().getSimpleName());
            }
        }
        long now = System.currentTimeMillis();
        EntityManager em = SinkStore.em(session);
        List<String> sinks = em.createNamedQuery("TicketSink.realms", String.class).getResultList();
        List<String> realms = startingAt(sinks, ThreadLocalRandom.current().nextInt(Math.max(1, sinks.size())));
        PollSchedule schedule = options.poll();
        List<Turn> due = RealmTurns.interleave(perRealm(realms, realmId -> em.createNamedQuery("Ticket.due",
                String.class).setParameter("realmId", realmId).setParameter("state", TicketState.PENDING.name())
                .setParameter("now", now).setMaxResults(BATCH).getResultList()), BATCH);
        List<Turn> resolved = RealmTurns.interleave(perRealm(realms, realmId -> em.createNamedQuery(
                "Ticket.toRepoll", String.class).setParameter("realmId", realmId)
                .setParameter("states", List.of(TicketState.RESOLVED.name(), TicketState.GONE.name()))
                .setParameter("before", schedule.resolvedPolledBefore(now))
                .setParameter("since", schedule.resolvedSince(now)).setMaxResults(schedule.resolvedLimit())
                .getResultList()), schedule.resolvedLimit());
        int openLimit = schedule.openLimit(resolved.size());
        List<Turn> open = RealmTurns.interleave(perRealm(realms, realmId -> openLimit == 0 ? List.of()
                : em.createNamedQuery("Ticket.toPoll", String.class).setParameter("realmId", realmId)
                        .setParameter("state", TicketState.OPEN.name())
                        .setParameter("before", schedule.openPolledBefore(now)).setMaxResults(openLimit)
                        .getResultList()), openLimit);
        Set<String> silent = new HashSet<>();
        // statuses keep the second half of the run when some are due, so a busy outbox never stops polling
        boolean polling = !resolved.isEmpty() || !open.isEmpty();
        work(due, polling ? start + (deadline - start) / 2 : deadline, silent, courier::deliver);
        work(resolved, deadline, silent, courier::poll);
        work(open, deadline, silent, courier::poll);
    }

    /**
     * The realms in their order, starting at {@code run} (a random realm each run): with more realms than a run has
     * turns or time for, each realm is as likely as any other to go first.
     */
    static List<String> startingAt(List<String> realms, int run) {
        List<String> rotated = new ArrayList<>(realms);
        if (!rotated.isEmpty()) {
            Collections.rotate(rotated, -Math.floorMod(run, rotated.size()));
        }
        return rotated;
    }

    private static Map<String, List<String>> perRealm(List<String> realms, Function<String, List<String>> tickets) {
        Map<String, List<String>> byRealm = new LinkedHashMap<>();
        realms.forEach(realmId -> byRealm.put(realmId, tickets.apply(realmId)));
        return byRealm;
    }

    /**
     * Delivers or polls the turns' tickets until the deadline. A realm whose Jira gave no answer at all is left for
     * the rest of the run: each of its tickets would wait out the timeout again, the other realms' time.
     */
    static void work(List<Turn> turns, long deadline, Set<String> silent, Predicate<String> step) {
        for (Turn turn : turns) {
            if (silent.contains(turn.realmId())) {
                continue;
            }
            if (System.currentTimeMillis() >= deadline) {
                LOG.debugf("The ticket run's time is up before ticket %s; the next run goes on", turn.ticketId());
                return;
            }
            try {
                if (!step.test(turn.ticketId())) {
                    silent.add(turn.realmId());
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Ticket %s: delivery or poll failed; the next run tries again", turn.ticketId());
            }
        }
    }

    @Override
    public String getTaskName() {
        return TASK_NAME;
    }
}
