package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MailOutboxTest {

    private static final MailMessage MESSAGE = new MailMessage("runtime-access-test.ftl", "subjectKey", List.of(),
            Map.of());

    private static MailJob job(String... userIds) {
        return new MailJob("realm-id", "realm", List.of(userIds), MESSAGE, URI.create("http://localhost:8080/"));
    }

    @Test
    void fullOutboxDropsAndCountsInsteadOfBlocking() throws InterruptedException {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MailOutbox outbox = new MailOutbox(1, 2, (job, counters) -> {
            sending.countDown();
            await(release);
            job.userIds().forEach(id -> counters.sent());
        });
        try {
            assertTrue(outbox.offer(job("a")));
            assertTrue(sending.await(5, TimeUnit.SECONDS), "the sender took the first job");
            assertTrue(outbox.offer(job("b")));
            assertTrue(outbox.offer(job("c")));
            long start = System.nanoTime();
            assertFalse(outbox.offer(job("d")), "a third waiting job does not fit");
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(500), "offer never blocks");
            assertEquals(1, outbox.dropped());
            assertEquals(2, outbox.depth());
        } finally {
            release.countDown();
            outbox.stop(5000);
        }
        assertEquals(3, outbox.sent(), "the queued jobs are sent before stopping");
    }

    @Test
    void aFailingDeliveryCountsItsRecipientsAndTheSenderGoesOn() {
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> {
            if (job.userIds().contains("boom")) {
                throw new IllegalStateException("no session");
            }
            counters.skipped();
        });
        outbox.offer(job("boom", "other"));
        outbox.offer(job("a"));
        outbox.stop(5000);
        assertEquals(2, outbox.failed());
        assertEquals(1, outbox.skipped());
    }

    /** A failure after some recipients were reported (the job's commit, say) counts only the ones left. */
    @Test
    void aFailureAroundTheDeliveryCountsOnlyTheRecipientsNotReportedYet() {
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> {
            counters.sent();
            counters.skipped();
            throw new IllegalStateException("the commit failed");
        });
        outbox.offer(job("a", "b", "c"));
        outbox.stop(5000);
        assertEquals(1, outbox.sent());
        assertEquals(1, outbox.skipped());
        assertEquals(1, outbox.failed(), "each recipient counted once");
    }

    @Test
    void aStoppedOutboxDropsNewJobs() {
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> counters.sent());
        outbox.stop(1000);
        assertFalse(outbox.offer(job("a")));
        assertEquals(1, outbox.dropped());
    }

    @Test
    void theMetersCountWhatTheOutboxDidWithoutARealmOrUserTag() throws InterruptedException {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MailOutbox outbox = new MailOutbox(1, 2, (job, counters) -> {
            sending.countDown();
            await(release);
            for (String id : job.userIds()) {
                if (id.startsWith("fail")) {
                    counters.failed();
                } else if (id.startsWith("skip")) {
                    counters.skipped();
                } else {
                    counters.sent();
                }
            }
        });
        MailMetrics.register(registry, outbox);
        try {
            outbox.offer(job("a", "skip-b"));
            assertTrue(sending.await(5, TimeUnit.SECONDS));
            outbox.offer(job("c", "fail-d"));
            outbox.offer(job("e"));
            outbox.offer(job("dropped"));
            assertEquals(3, registry.get("runtime.access.mail.queued").gauge().value(), "one sending, two waiting");
            assertEquals(1, registry.get("runtime.access.mail.dropped").functionCounter().count());
        } finally {
            release.countDown();
            assertEquals(0, outbox.stop(5000));
        }
        assertEquals(0, registry.get("runtime.access.mail.queued").gauge().value());
        assertEquals(3, registry.get("runtime.access.mail.sent").functionCounter().count());
        assertEquals(1, registry.get("runtime.access.mail.skipped").functionCounter().count());
        assertEquals(1, registry.get("runtime.access.mail.failed").functionCounter().count());
        registry.getMeters().forEach(meter -> assertTrue(meter.getId().getTags().isEmpty(), meter.getId().toString()));
    }

    @Test
    void aStopDrainsTheQueueBeforeGivingUp() {
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> {
            sleep(100);
            counters.sent();
        });
        for (int i = 0; i < 5; i++) {
            outbox.offer(job("user-" + i));
        }
        assertEquals(0, outbox.stop(5000), "half a second of queued mail is sent within the wait");
        assertEquals(5, outbox.sent());
        assertEquals(0, outbox.dropped());
    }

    @Test
    void aStopThatWaitedLongEnoughCountsWhatWasLeftUnsent() {
        CountDownLatch never = new CountDownLatch(1);
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> {
            await(never);
            if (!Thread.currentThread().isInterrupted()) {
                counters.sent();
            }
        });
        for (int i = 0; i < 4; i++) {
            outbox.offer(job("user-" + i));
        }
        long start = System.nanoTime();
        assertEquals(4, outbox.stop(300), "one being sent, three waiting");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waited >= 300 && waited < 3000, "the wait is bounded: " + waited + " ms");
        assertEquals(3, outbox.dropped(), "the jobs never started are counted as dropped");
        assertEquals(0, outbox.sent());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
