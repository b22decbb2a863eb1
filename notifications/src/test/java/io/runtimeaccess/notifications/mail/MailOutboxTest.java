package io.runtimeaccess.notifications.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aStoppedOutboxDropsNewJobs() {
        MailOutbox outbox = new MailOutbox(1, 10, (job, counters) -> counters.sent());
        outbox.stop(1000);
        assertFalse(outbox.offer(job("a")));
        assertEquals(1, outbox.dropped());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
