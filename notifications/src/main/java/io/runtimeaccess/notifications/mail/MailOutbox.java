package io.runtimeaccess.notifications.mail;

import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.log.RateLimitedLog;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The node's mail outbox: at most {@code capacity} jobs wait, a fixed number of sender threads work them off. A job
 * offered to a full outbox is dropped and counted instead of blocking the caller, so a dead SMTP server costs at most
 * the queue's memory. On stop it drains what is queued for a bounded time, then counts what is left as dropped.
 * Pure Java: the delivery itself is given to the constructor.
 */
public final class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    private final ThreadPoolExecutor executor;
    private final Delivery delivery;
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** Jobs taken and not finished: waiting or being sent. */
    private final AtomicInteger queued = new AtomicInteger();

    public MailOutbox(int threads, int capacity, Delivery delivery) {
        this.delivery = delivery;
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity), runnable -> {
                    Thread thread = new Thread(runnable, "runtime-access-mail");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues the job; {@code false} (and counted as dropped) when the outbox is full or stopping. */
    public boolean offer(MailJob job) {
        queued.incrementAndGet();
        try {
            executor.execute(() -> run(job));
            return true;
        } catch (RejectedExecutionException e) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            warnings.warn("dropped", "The mail outbox is full or stopping: a '%s' mail to %d user(s) of realm '%s' "
                    + "was dropped; %d dropped so far", job.message().template(), job.userIds().size(),
                    job.realmName(), dropped.get());
            return false;
        }
    }

    private void run(MailJob job) {
        Counters counters = new Counters();
        try {
            delivery.send(job, counters);
        } catch (RuntimeException e) {
            // A delivery reports its own per-user outcomes; this is a failure around them (the realm's session, its
            // commit): the recipients it had not reported yet failed with it, the others were counted already.
            failed.addAndGet(Math.max(0, job.userIds().size() - counters.reported));
            warnings.warn("job", "A '%s' mail for realm '%s' was not sent: %s", job.message().template(),
                    job.realmName(), LogText.cause(e));
        } finally {
            queued.decrementAndGet();
        }
    }

    /** Jobs waiting, not counting those being sent. */
    public int depth() {
        return executor.getQueue().size();
    }

    /** Jobs waiting or being sent. */
    public int queued() {
        return queued.get();
    }

    public long sent() {
        return sent.get();
    }

    /** Recipients without an email address, gone, or in a realm without an SMTP server, when the mail was sent. */
    public long skipped() {
        return skipped.get();
    }

    /** Recipients whose mail failed to render or to send. */
    public long failed() {
        return failed.get();
    }

    /** Jobs dropped because the outbox was full or stopping, or left unsent when a stop gave up waiting. */
    public long dropped() {
        return dropped.get();
    }

    /**
     * Stops taking jobs and drains those queued for up to {@code waitMillis}, then gives up on the rest: the jobs
     * never started are counted as dropped, a job being sent is interrupted. Returns how many jobs were left unsent
     * (0 when the queue drained in time).
     */
    public int stop(long waitMillis) {
        executor.shutdown();
        try {
            if (executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)) {
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = queued.get();
        List<Runnable> neverStarted = executor.shutdownNow();
        queued.addAndGet(-neverStarted.size());
        dropped.addAndGet(neverStarted.size());
        return left;
    }

    /** Sends one job on a sender thread, counting each recipient once. */
    @FunctionalInterface
    public interface Delivery {
        void send(MailJob job, Counters counters);
    }

    /** The counters a delivery updates, one call per recipient; one per job, which counts what it reported. */
    public final class Counters {

        private int reported;

        private Counters() {
        }

        public void sent() {
            sent.incrementAndGet();
            reported++;
        }

        public void skipped() {
            skipped.incrementAndGet();
            reported++;
        }

        public void failed() {
            failed.incrementAndGet();
            reported++;
        }
    }
}
