package io.runtimeaccess.events.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The bounded queue between Keycloak's request threads and the scorer. A request thread only offers a
 * copied event and returns; when the queue is full the event is dropped and counted, so a login never
 * waits for scoring. One worker thread owns the scorers, so they need no locks.
 *
 * <p>Findings are handed on in batches, at most {@link #FINDINGS_WINDOW} after the first of them: during
 * a spray every guess updates the open finding, and one database transaction a second is far lighter
 * on a database that the sign-ins themselves need than one per guess. Findings that could not be stored
 * are retried ({@link FindingRetries}); each one is stored, or lost and counted.
 *
 * <p>People's decisions (dismissals), removals and assessments made without a scorer (audit tampering,
 * judged on the request thread) have their own small queue, so a flood of events cannot
 * crowd them out. At {@link #stop()} the worker scores what is queued, stores what it can, and only
 * then, on its own thread, saves the learned state.
 */
public final class EventPipeline {

    private static final Logger LOG = Logger.getLogger(EventPipeline.class);

    /** How long the first finding of a batch waits for others. */
    public static final Duration FINDINGS_WINDOW = Duration.ofSeconds(1);
    /** A batch this large is handed on at once. */
    static final int MAX_BATCH = 500;
    static final int DECISIONS_CAPACITY = 1_000;
    /** How long {@link #stop()} lets the worker finish (score the queue, store, save). */
    static final Duration STOP_BUDGET = Duration.ofSeconds(10);
    /** Wakes the worker when a decision arrives; not an event. */
    private static final Object WAKE = new Object();

    private final BlockingQueue<Object> queue;
    private final BlockingQueue<Object> decisions = new ArrayBlockingQueue<>(DECISIONS_CAPACITY);
    private final RealmScorers scorers;
    private final Severity findingSeverity;
    private final FindingWriter writer;
    private final long findingsWindowNanos;
    private final List<Assessment> pending = new ArrayList<>();
    private long pendingSince;
    private final FindingRetries retries;
    private volatile int waiting;
    private final Duration snapshotInterval;
    private final PipelineMetrics metrics;
    private final Thread worker;
    private volatile boolean running = true;
    private volatile long stopBy;
    private Duration stopBudget = STOP_BUDGET;

    public EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity, FindingWriter writer,
            Duration snapshotInterval) {
        this(capacity, scorers, findingSeverity, writer, FINDINGS_WINDOW, snapshotInterval, Metrics.globalRegistry,
                FindingRetries.FIRST_DELAY_NANOS, FindingRetries.MAX_DELAY_NANOS, FindingRetries.MAX_ATTEMPTS);
    }

    EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity, FindingWriter writer,
            Duration findingsWindow, Duration snapshotInterval, MeterRegistry registry, long firstRetryNanos,
            long maxRetryNanos, int maxAttempts) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.scorers = scorers;
        this.findingSeverity = findingSeverity;
        this.writer = writer;
        this.findingsWindowNanos = findingsWindow.toNanos();
        this.snapshotInterval = snapshotInterval;
        this.metrics = new PipelineMetrics(registry, queue::size, () -> waiting);
        this.retries = new FindingRetries(firstRetryNanos, maxRetryNanos, maxAttempts, FindingRetries.MAX_HELD, metrics);
        this.worker = new Thread(this::work, "runtime-access-anomaly-scorer");
        this.worker.setDaemon(true);
    }

    /** For tests: a shorter time to finish at {@link #stop()}. */
    EventPipeline stopBudget(Duration budget) {
        this.stopBudget = budget;
        return this;
    }

    public EventPipeline start() {
        worker.start();
        return this;
    }

    public PipelineMetrics metrics() {
        return metrics;
    }

    /** From a request thread: never blocks; returns false if the event was dropped. */
    public boolean offer(Object event) {
        metrics.received();
        if (queue.offer(event)) {
            return true;
        }
        metrics.dropped();
        return false;
    }

    /**
     * A dismissal or a removal: never blocks; it has its own queue, which events cannot fill. Returns false,
     * and counts, in the unlikely case that {@value #DECISIONS_CAPACITY} decisions wait.
     */
    public boolean offerDecision(Object decision) {
        if (!decisions.offer(decision)) {
            metrics.decisionDropped();
            LOG.warnf("The anomaly scorer's decision queue is full; a %s was not applied",
                    decision.getClass().getSimpleName());
            return false;
        }
        queue.offer(WAKE); // a full queue has a busy worker anyway
        return true;
    }

    public int depth() {
        return queue.size();
    }

    /**
     * Stops the worker: it scores what is queued, stores the findings (retrying for up to {@link #STOP_BUDGET})
     * and then saves the learned state. The learned state is saved by the worker only, never beside it.
     */
    public void stop() {
        stopBy = System.nanoTime() + stopBudget.toNanos();
        running = false;
        queue.offer(WAKE);
        try {
            worker.join(stopBudget.toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            LOG.warn("The anomaly scorer did not finish in time; its learned state since the last save is not saved");
        }
    }

    private void work() {
        long nextSnapshot = System.nanoTime() + snapshotInterval.toNanos();
        try {
            while (running) {
                try {
                    Object item = queue.poll(pollNanos(), TimeUnit.NANOSECONDS);
                    takeDecisions();
                    if (item != null) {
                        handle(item);
                    }
                    handOnDueFindings(System.nanoTime());
                    if (System.nanoTime() >= nextSnapshot) {
                        scorers.saveAll();
                        nextSnapshot = System.nanoTime() + snapshotInterval.toNanos();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException | Error e) {
                    // One bad event or a database hiccup must not stop scoring for everyone; nor an Error (a broken
                    // invariant, a class that cannot load): this is the only worker, and nothing would restart it.
                    LOG.error("Could not score an event; going on with the next one", e);
                } finally {
                    waiting = pending.size() + retries.size();
                }
            }
        } finally {
            finish();
        }
    }

    /** Waits for the next event at most a second, and no longer than pending findings or a retry may wait. */
    private long pollNanos() {
        long now = System.nanoTime();
        long wait = TimeUnit.SECONDS.toNanos(1);
        if (!pending.isEmpty()) {
            wait = Math.min(wait, pendingSince + findingsWindowNanos - now);
        }
        if (!retries.isEmpty()) {
            wait = Math.min(wait, retries.dueAt() - now);
        }
        return Math.max(0, wait);
    }

    private void handOnDueFindings(long now) {
        if (!pending.isEmpty() && (now - pendingSince >= findingsWindowNanos || pending.size() >= MAX_BATCH)) {
            handOnFindings(now);
        }
        if (retries.due(now)) {
            retries.retry(writer, MAX_BATCH, now);
        }
    }

    private void handOnFindings(long now) {
        List<Assessment> batch = new ArrayList<>(pending);
        pending.clear();
        if (!retries.isEmpty()) {
            retries.hold(batch); // the database has just failed: wait for the next round with the others
            return;
        }
        List<Assessment> failed = FindingRetries.write(writer, batch);
        metrics.stored(batch.size() - failed.size());
        if (!failed.isEmpty()) {
            retries.failed(failed, now);
        }
    }

    /** The worker's last task: score what is queued, store what it can in time, then save the learned state. */
    private void finish() {
        try {
            drain();
            if (!pending.isEmpty()) {
                handOnFindings(System.nanoTime());
            }
            while (!retries.isEmpty() && System.nanoTime() - stopBy < 0) {
                long now = System.nanoTime();
                if (retries.due(now)) {
                    retries.retry(writer, MAX_BATCH, now);
                } else {
                    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(Math.min(retries.dueAt(), stopBy) - now) + 1);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Could not finish scoring the queued events", e);
        } finally {
            if (!pending.isEmpty()) {
                metrics.lost(pending.size());
                pending.clear();
            }
            retries.abandon();
            waiting = 0;
            scorers.saveAll();
        }
    }

    private void drain() {
        takeDecisions();
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            try {
                handle(item);
            } catch (RuntimeException e) {
                LOG.error("Could not score an event; going on with the next one", e);
            }
        }
    }

    private void takeDecisions() {
        for (Object decision = decisions.poll(); decision != null; decision = decisions.poll()) {
            try {
                handle(decision);
            } catch (RuntimeException e) {
                LOG.error("Could not apply a decision to the anomaly scorer", e);
            }
        }
    }

    private void handle(Object item) {
        if (item instanceof UserEvent event) {
            score(scorers.of(event.realmId()), scorer -> scorer.assess(event));
        } else if (item instanceof AdminAction action) {
            score(scorers.of(action.realmId()), scorer -> scorer.assess(action));
        } else if (item instanceof Assessment assessment) {
            raise(assessment); // judged without a scorer (audit tampering): only stored
        } else if (item instanceof Dismissal dismissal) {
            scorers.of(dismissal.assessment().realmId()).dismissed(dismissal.assessment());
        } else if (item instanceof UserRemoved removed) {
            scorers.forgetUser(removed.realmId(), removed.userId(), removed.inEveryRealm());
        } else if (item instanceof RealmRemoved removed) {
            scorers.forget(removed.realmId());
        }
    }

    private void score(EventScorer scorer, Function<EventScorer, Assessment> assess) {
        long start = System.nanoTime();
        Assessment assessment = assess.apply(scorer);
        metrics.scored(System.nanoTime() - start);
        raise(assessment);
    }

    /** An assessment at or above the finding severity waits, with the others of its batch, to be stored. */
    private void raise(Assessment assessment) {
        if (assessment.severity().compareTo(findingSeverity) >= 0) {
            metrics.findingRaised(assessment.topReason() == null ? "NONE" : assessment.topReason().detection().name());
            if (pending.isEmpty()) {
                pendingSince = System.nanoTime();
            }
            pending.add(assessment);
        }
    }

    /** A person dismissed a finding as a false positive; the scorer learns it as normal. */
    public record Dismissal(Assessment assessment) {
    }

    /** A user was deleted; what the scorer learned about them goes ({@code inEveryRealm} for a master-realm user). */
    public record UserRemoved(String realmId, String userId, boolean inEveryRealm) {
    }

    /** A realm was removed; its scorer goes with it. */
    public record RealmRemoved(String realmId) {
    }
}
