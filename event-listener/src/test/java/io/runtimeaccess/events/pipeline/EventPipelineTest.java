package io.runtimeaccess.events.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventPipelineTest {

    /** Scores a failed login HIGH and anything else NONE; can be held to simulate a slow worker. */
    private final ScriptedScorer scorer = new ScriptedScorer();
    private final List<Assessment> findings = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private EventPipeline pipeline;

    @AfterEach
    void stop() {
        scorer.release.countDown();
        if (pipeline != null) {
            pipeline.stop();
        }
    }

    private EventPipeline pipeline(int capacity) {
        pipeline = new EventPipeline(capacity, new SingleRealm(scorer), Severity.MEDIUM, collect(findings),
                Duration.ZERO, Duration.ofHours(1), registry, RETRY, RETRY * 4, 3).start();
        return pipeline;
    }

    /** The first retry's delay in these tests: 50 ms. */
    private static final long RETRY = 50_000_000L;

    private static FindingWriter collect(List<Assessment> into) {
        return batch -> {
            into.addAll(batch);
            return List.of();
        };
    }

    private static UserEvent event(int i, boolean failed) {
        return new UserEvent("e" + i, 1_000L * i, "realm", "u" + i, "user" + i,
                failed ? UserEventType.LOGIN_ERROR : UserEventType.LOGIN, "192.0.2.1", "agent", null,
                failed ? "invalid_user_credentials" : null);
    }

    /** A spray's findings reach the database as one batch, not one transaction per guess. */
    @Test
    void findingsAreHandedOnTogetherWithinTheirWindow() throws InterruptedException {
        scorer.release.countDown();
        List<List<Assessment>> batches = new CopyOnWriteArrayList<>();
        pipeline = new EventPipeline(10, new SingleRealm(scorer), Severity.MEDIUM, batch -> {
            batches.add(batch);
            return List.of();
        }, Duration.ofMillis(300), Duration.ofHours(1), registry, RETRY, RETRY * 4, 3).start();
        for (int i = 1; i <= 3; i++) {
            pipeline.offer(event(i, true));
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (batches.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(400);
        assertEquals(1, batches.size(), "one batch: " + batches);
        assertEquals(List.of("e1", "e2", "e3"), batches.get(0).stream().map(Assessment::eventId).toList());
    }

    @Test
    void onlyAssessmentsAtTheThresholdBecomeFindings() throws InterruptedException {
        scorer.release.countDown();
        EventPipeline pipeline = pipeline(10);
        pipeline.offer(event(1, false));
        pipeline.offer(event(2, true));
        awaitScored(2);
        awaitFindings(1); // handed on after the event counts as scored
        assertEquals(1, findings.size());
        assertEquals("e2", findings.get(0).eventId());
        assertEquals(1.0, registry.get("runtime.access.findings").tag("detection", "BRUTE_FORCE").counter().count());
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlockingTheCaller() throws InterruptedException {
        EventPipeline pipeline = pipeline(5);
        pipeline.offer(event(0, true));
        assertTrue(scorer.busy.await(5, TimeUnit.SECONDS), "the worker holds the first event");
        long start = System.nanoTime();
        int accepted = 0;
        for (int i = 1; i <= 100; i++) {
            if (pipeline.offer(event(i, true))) {
                accepted++;
            }
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(5, accepted, "the queue holds its capacity");
        assertEquals(95.0, pipeline.metrics().droppedCount());
        assertEquals(101.0, registry.get("runtime.access.events.received").counter().count());
        assertEquals(5.0, registry.get("runtime.access.events.queue.depth").gauge().value());
        assertTrue(tookMillis < 100, "offering never waits for the worker, took " + tookMillis + " ms");
        scorer.release.countDown();
        awaitScored(6);
        assertEquals(6, findings.size());
    }

    @Test
    void dismissalsReachTheScorerInOrder() throws InterruptedException {
        scorer.release.countDown();
        EventPipeline pipeline = pipeline(10);
        pipeline.offer(event(1, true));
        awaitScored(1);
        assertTrue(pipeline.offerDecision(new EventPipeline.Dismissal(findings.get(0))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scorer.dismissed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of("e1"), scorer.dismissed);
    }

    /** Audit tampering is judged without a scorer: its assessment is stored as it is, the threshold still applies. */
    @Test
    void aReadyAssessmentIsStoredWithoutTheScorer() throws InterruptedException {
        scorer.release.countDown();
        EventPipeline pipeline = pipeline(10);
        Assessment tampering = new Assessment("a1", "realm", "admin", 1, 70, Severity.HIGH, List.of(new Reason(
                Detection.AUDIT_TAMPERING, 70, "Turned off admin events", Map.of())), List.of("a1"), "1.0.0");
        Assessment low = new Assessment("a2", "realm", "admin", 2, 30, Severity.LOW, List.of(), List.of("a2"), "1.0.0");
        assertTrue(pipeline.offerDecision(low));
        assertTrue(pipeline.offerDecision(tampering));
        awaitFindings(1);
        Thread.sleep(100);
        assertEquals(List.of(tampering), findings);
        assertEquals(0.0, registry.get("runtime.access.events.scored").counter().count(), "no scorer involved");
        assertEquals(1.0, registry.get("runtime.access.findings").tag("detection", "AUDIT_TAMPERING").counter().count());
    }

    @Test
    void aFailingScorerDoesNotStopTheWorker() throws InterruptedException {
        scorer.release.countDown();
        EventPipeline pipeline = pipeline(10);
        pipeline.offer(new UserEvent("boom", 1, "realm", "u", "u", UserEventType.LOGIN, null, null, null, null));
        pipeline.offer(event(2, true));
        awaitScored(1);
        awaitFindings(1);
        assertEquals(1, findings.size());
        assertFalse(findings.get(0).eventId().equals("boom"));
    }

    /** The only worker: an Error (not an exception) in one event must not end scoring until a restart. */
    @Test
    void anErrorInTheScorerDoesNotStopTheWorker() throws InterruptedException {
        scorer.release.countDown();
        EventPipeline pipeline = pipeline(10);
        pipeline.offer(new UserEvent("assert", 1, "realm", "u", "u", UserEventType.LOGIN, null, null, null, null));
        assertTrue(scorer.busy.await(5, TimeUnit.SECONDS));
        // offered only once the Error was thrown: a worker that ended then (draining what was queued) scores nothing
        Thread.sleep(200);
        pipeline.offer(event(2, true));
        awaitFindings(1);
        assertEquals(1, findings.size(), "the event after the Error is scored");
    }

    private void awaitFindings(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (findings.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void awaitScored(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (registry.get("runtime.access.events.scored").counter().count() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(20);
    }

    private static final class ScriptedScorer extends UserEventScorer {
        final CountDownLatch busy = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Assessment assess(UserEvent event) {
            busy.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if ("boom".equals(event.id())) {
                throw new IllegalStateException("a scorer bug");
            }
            if ("assert".equals(event.id())) {
                throw new AssertionError("an Error, not an exception: a broken invariant, a class that cannot load");
            }
            boolean failed = event.failed();
            List<Reason> reasons = failed ? List.of(new Reason(Detection.BRUTE_FORCE, 70, "many failures", Map.of()))
                    : List.of();
            return new Assessment(event.id(), event.realmId(), event.userId(), event.timeMillis(), failed ? 70 : 0,
                    failed ? Severity.HIGH : Severity.NONE, reasons, List.of(event.id()), "test");
        }
    }
}
