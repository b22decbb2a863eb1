package io.runtimeaccess.events.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The listener's meters on Keycloak's management endpoint ({@code /metrics} when metrics are enabled),
 * registered in Micrometer's global registry as Keycloak's own event metrics are. Prometheus names:
 * {@code runtime_access_events_received_total}, {@code ..._scored_total}, {@code ..._dropped_total},
 * {@code runtime_access_events_queue_depth}, {@code runtime_access_scoring_seconds},
 * {@code runtime_access_findings_total{detection=...}} (raised), {@code runtime_access_findings_stored_total},
 * {@code runtime_access_findings_lost_total}, {@code runtime_access_findings_waiting},
 * {@code runtime_access_findings_store_failures_total}, {@code runtime_access_decisions_dropped_total},
 * {@code runtime_access_events_enqueue_failures_total} and {@code runtime_access_webhook_failures_total}.
 * Every raised finding is stored, lost or waiting: raised = stored + lost + waiting.
 */
public final class PipelineMetrics {

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter scored;
    private final Counter dropped;
    private final Timer scoring;
    private final Counter enqueueFailures;
    private final Counter stored;
    private final Counter lost;
    private final Counter storeFailures;
    private final Counter decisionsDropped;

    PipelineMetrics(MeterRegistry registry, Supplier<Number> queueDepth, Supplier<Number> findingsWaiting) {
        this.registry = registry;
        this.received = Counter.builder("runtime.access.events.received")
                .description("Events the listener received").register(registry);
        this.scored = Counter.builder("runtime.access.events.scored")
                .description("Events the scorer assessed").register(registry);
        this.dropped = Counter.builder("runtime.access.events.dropped")
                .description("Events dropped because the queue was full").register(registry);
        this.scoring = Timer.builder("runtime.access.scoring")
                .description("Time to score one event").register(registry);
        this.enqueueFailures = Counter.builder("runtime.access.events.enqueue.failures")
                .description("Events that could not be queued for scoring because of an error").register(registry);
        Gauge.builder("runtime.access.events.queue.depth", queueDepth).description("Events waiting to be scored")
                .register(registry);
        this.stored = Counter.builder("runtime.access.findings.stored")
                .description("Raised findings stored in the database").register(registry);
        this.lost = Counter.builder("runtime.access.findings.lost")
                .description("Raised findings that could not be stored after every retry").register(registry);
        this.storeFailures = Counter.builder("runtime.access.findings.store.failures")
                .description("Attempts to store findings that failed (they are retried)").register(registry);
        Gauge.builder("runtime.access.findings.waiting", findingsWaiting)
                .description("Raised findings not stored yet: in their batch window or waiting for a retry")
                .register(registry);
        this.decisionsDropped = Counter.builder("runtime.access.decisions.dropped")
                .description("Dismissals and user or realm removals the scorer could not take (queue full)")
                .register(registry);
    }

    void received() {
        received.increment();
    }

    void dropped() {
        dropped.increment();
    }

    void scored(long nanos) {
        scored.increment();
        scoring.record(nanos, TimeUnit.NANOSECONDS);
    }

    void stored(int count) {
        stored.increment(count);
    }

    void lost(int count) {
        lost.increment(count);
    }

    void storeFailed() {
        storeFailures.increment();
    }

    void decisionDropped() {
        decisionsDropped.increment();
    }

    public void findingRaised(String detection) {
        Counter.builder("runtime.access.findings").tag("detection", detection)
                .description("Findings raised, by the detection of their strongest reason").register(registry)
                .increment();
    }

    public void enqueueFailed() {
        enqueueFailures.increment();
    }

    public double droppedCount() {
        return dropped.count();
    }

    public double lostCount() {
        return lost.count();
    }

    public double storedCount() {
        return stored.count();
    }

    /** Counters kept elsewhere (the webhook sender's failures), read when scraped. */
    public <T> void counter(String name, String description, T source, ToDoubleFunction<T> count) {
        FunctionCounter.builder(name, source, count).description(description).register(registry);
    }

    /** Gauges read from elsewhere (the webhook outbox). */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }
}
