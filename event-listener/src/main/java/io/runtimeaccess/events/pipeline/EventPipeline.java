package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The bounded queue between Keycloak's request threads and the scorer. A request thread only offers a
 * copied event and returns; when the queue is full the event is dropped and counted, so a login never
 * waits for scoring. One worker thread owns the scorers, so they need no locks.
 *
 * <p>Findings are handed on in batches, at most {@link #FINDINGS_WINDOW} after the first of them: during
 * a spray every guess updates the open finding, and one database transaction a second is far lighter
 * on a database that the sign-ins themselves need than one per guess.
 */
public final class EventPipeline {

    private static final Logger LOG = Logger.getLogger(EventPipeline.class);

    /** How long the first finding of a batch waits for others. */
    public static final Duration FINDINGS_WINDOW = Duration.ofSeconds(1);
    /** A batch this large is handed on at once. */
    static final int MAX_BATCH = 500;

    private final BlockingQueue<Object> queue;
    private final RealmScorers scorers;
    private final Severity findingSeverity;
    private final Consumer<List<Assessment>> onFindings;
    private final long findingsWindowNanos;
    private final List<Assessment> pending = new ArrayList<>();
    private long pendingSince;
    private final Duration snapshotInterval;
    private final PipelineMetrics metrics;
    private final Thread worker;
    private volatile boolean running = true;

    public EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity,
            Consumer<List<Assessment>> onFindings, Duration snapshotInterval) {
        this(capacity, scorers, findingSeverity, onFindings, FINDINGS_WINDOW, snapshotInterval, Metrics.globalRegistry);
    }

    EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity, Consumer<List<Assessment>> onFindings,
            Duration findingsWindow, Duration snapshotInterval, MeterRegistry registry) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.scorers = scorers;
        this.findingSeverity = findingSeverity;
        this.onFindings = onFindings;
        this.findingsWindowNanos = findingsWindow.toNanos();
        this.snapshotInterval = snapshotInterval;
        this.metrics = new PipelineMetrics(registry, queue::size);
        this.worker = new Thread(this::work, "runtime-access-anomaly-scorer");
        this.worker.setDaemon(true);
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

    /** A person's decision must not be lost to a full queue, so it may wait a little. */
    public boolean offerDecision(Object decision) throws InterruptedException {
        return queue.offer(decision, 5, TimeUnit.SECONDS);
    }

    public int depth() {
        return queue.size();
    }

    /** Stops the worker and saves what it learned. */
    public void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!worker.isAlive()) {
            handOnFindings();
        }
        scorers.saveAll();
    }

    private void work() {
        long nextSnapshot = System.nanoTime() + snapshotInterval.toNanos();
        while (running) {
            try {
                Object item = queue.poll(pollNanos(), TimeUnit.NANOSECONDS);
                if (item != null) {
                    handle(item);
                }
                if (!pending.isEmpty() && (System.nanoTime() - pendingSince >= findingsWindowNanos
                        || pending.size() >= MAX_BATCH)) {
                    handOnFindings();
                }
                if (System.nanoTime() >= nextSnapshot) {
                    scorers.saveAll();
                    nextSnapshot = System.nanoTime() + snapshotInterval.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // One bad event or a database hiccup must not stop scoring for everyone.
                LOG.error("Could not score an event; going on with the next one", e);
            }
        }
    }

    /** Waits for the next event at most a second, and no longer than the pending findings may wait. */
    private long pollNanos() {
        long second = TimeUnit.SECONDS.toNanos(1);
        return pending.isEmpty() ? second
                : Math.max(0, Math.min(second, pendingSince + findingsWindowNanos - System.nanoTime()));
    }

    private void handOnFindings() {
        List<Assessment> batch = new ArrayList<>(pending);
        pending.clear(); // a batch that fails is logged and not retried, like a single finding before it
        onFindings.accept(batch);
    }

    private void handle(Object item) {
        if (item instanceof UserEvent) {
            UserEvent event = (UserEvent) item;
            score(scorers.of(event.realmId()), scorer -> scorer.assess(event));
        } else if (item instanceof AdminAction) {
            AdminAction action = (AdminAction) item;
            score(scorers.of(action.realmId()), scorer -> scorer.assess(action));
        } else if (item instanceof Dismissal) {
            Dismissal dismissal = (Dismissal) item;
            scorers.of(dismissal.assessment().realmId()).dismissed(dismissal.assessment());
        } else if (item instanceof RealmRemoved) {
            scorers.forget(((RealmRemoved) item).realmId());
        }
    }

    private void score(EventScorer scorer, Function<EventScorer, Assessment> assess) {
        long start = System.nanoTime();
        Assessment assessment = assess.apply(scorer);
        metrics.scored(System.nanoTime() - start);
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

    /** A realm was removed; its scorer goes with it. */
    public record RealmRemoved(String realmId) {
    }
}
