package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
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
 */
public final class EventPipeline {

    private static final Logger LOG = Logger.getLogger(EventPipeline.class);

    private final BlockingQueue<Object> queue;
    private final RealmScorers scorers;
    private final Severity findingSeverity;
    private final Consumer<Assessment> onFinding;
    private final Duration snapshotInterval;
    private final PipelineMetrics metrics;
    private final Thread worker;
    private volatile boolean running = true;

    public EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity, Consumer<Assessment> onFinding,
            Duration snapshotInterval) {
        this(capacity, scorers, findingSeverity, onFinding, snapshotInterval, Metrics.globalRegistry);
    }

    EventPipeline(int capacity, RealmScorers scorers, Severity findingSeverity, Consumer<Assessment> onFinding,
            Duration snapshotInterval, MeterRegistry registry) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.scorers = scorers;
        this.findingSeverity = findingSeverity;
        this.onFinding = onFinding;
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
        scorers.saveAll();
    }

    private void work() {
        long nextSnapshot = System.nanoTime() + snapshotInterval.toNanos();
        while (running) {
            try {
                Object item = queue.poll(1, TimeUnit.SECONDS);
                if (item != null) {
                    handle(item);
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
            onFinding.accept(assessment);
        }
    }

    /** A person dismissed a finding as a false positive; the scorer learns it as normal. */
    public record Dismissal(Assessment assessment) {
    }

    /** A realm was removed; its scorer goes with it. */
    public record RealmRemoved(String realmId) {
    }
}
