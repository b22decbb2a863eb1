package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.finding.Assessment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Findings that could not be stored, held on the worker thread for another try. Tries come in rounds, the
 * first {@code firstDelay} after a failure, then twice as long each time up to {@code maxDelay}; a finding
 * that failed {@code maxAttempts} times, or the oldest when more than {@code maxHeld} wait, is lost and
 * counted. While findings wait, new ones join them rather than try a database that has just failed.
 * With the defaults a finding is tried for about three minutes, so a database that is down for 20 s
 * loses nothing.
 */
final class FindingRetries {

    private static final Logger LOG = Logger.getLogger(FindingRetries.class);

    static final long FIRST_DELAY_NANOS = 1_000_000_000L;
    static final long MAX_DELAY_NANOS = 30_000_000_000L;
    static final int MAX_ATTEMPTS = 10;
    static final int MAX_HELD = 5_000;

    private final long firstDelay;
    private final long maxDelay;
    private final int maxAttempts;
    private final int maxHeld;
    private final PipelineMetrics metrics;
    private final Deque<Held> held = new ArrayDeque<>();
    private int failedRounds;
    private long dueAt;

    FindingRetries(long firstDelayNanos, long maxDelayNanos, int maxAttempts, int maxHeld, PipelineMetrics metrics) {
        this.firstDelay = firstDelayNanos;
        this.maxDelay = maxDelayNanos;
        this.maxAttempts = maxAttempts;
        this.maxHeld = maxHeld;
        this.metrics = metrics;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    int size() {
        return held.size();
    }

    /** When the next round is due ({@link System#nanoTime()} scale); meaningless when empty. */
    long dueAt() {
        return dueAt;
    }

    boolean due(long now) {
        return !held.isEmpty() && now - dueAt >= 0;
    }

    /** Findings not tried yet, waiting behind those that failed. */
    void hold(List<Assessment> batch) {
        batch.forEach(assessment -> held.add(new Held(assessment, 0)));
        keepWithinBounds();
    }

    /** Findings that just failed to be stored for the first time. */
    void failed(List<Assessment> failed, long now) {
        failed.forEach(assessment -> held.add(new Held(assessment, 1)));
        keepWithinBounds();
        scheduleAfterFailure(now);
    }

    /** One round: tries what is held, {@code chunk} at a time, until a chunk fails or all are stored. */
    void retry(FindingWriter writer, int chunk, long now) {
        List<Held> round = new ArrayList<>(held);
        held.clear();
        int lost = 0;
        boolean failedAny = false;
        for (int start = 0; start < round.size(); start += chunk) {
            List<Held> part = round.subList(start, Math.min(round.size(), start + chunk));
            if (failedAny) {
                part.forEach(held::add); // not tried this round
                continue;
            }
            Set<Assessment> failed = Collections.newSetFromMap(new IdentityHashMap<>());
            failed.addAll(write(writer, part.stream().map(Held::assessment).toList()));
            metrics.stored(part.size() - failed.size());
            for (Held each : part) {
                if (!failed.contains(each.assessment())) {
                    continue;
                }
                failedAny = true;
                if (each.attempts() + 1 >= maxAttempts) {
                    lost++;
                } else {
                    held.add(new Held(each.assessment(), each.attempts() + 1));
                }
            }
        }
        if (lost > 0) {
            metrics.lost(lost);
            LOG.warnf("%d findings could not be stored after %d attempts and are lost (counted in "
                    + "runtime_access_findings_lost_total)", lost, maxAttempts);
        }
        if (failedAny) {
            scheduleAfterFailure(now);
        }
        if (!failedAny || held.isEmpty()) {
            failedRounds = 0; // nothing is left to back off for: the next outage starts again at the first delay
        }
    }

    /** At shutdown: what is still held is lost, and counted. */
    int abandon() {
        int lost = held.size();
        held.clear();
        if (lost > 0) {
            metrics.lost(lost);
            LOG.warnf("%d findings could not be stored before the server stopped and are lost (counted in "
                    + "runtime_access_findings_lost_total)", lost);
        }
        return lost;
    }

    static List<Assessment> write(FindingWriter writer, List<Assessment> batch) {
        try {
            return writer.write(batch);
        } catch (RuntimeException e) {
            // The message may quote stored values; the stack trace is at DEBUG.
            LOG.warnf("%d findings could not be stored (%s)", batch.size(), e.getClass().getName());
            LOG.debug("Storing findings failed", e);
            return batch;
        }
    }

    private void keepWithinBounds() {
        int lost = 0;
        while (held.size() > maxHeld) {
            held.removeFirst();
            lost++;
        }
        if (lost > 0) {
            metrics.lost(lost);
            LOG.warnf("More than %d findings wait to be stored: the oldest %d are lost (counted in "
                    + "runtime_access_findings_lost_total)", maxHeld, lost);
        }
    }

    private void scheduleAfterFailure(long now) {
        failedRounds++;
        dueAt = now + Math.min(maxDelay, firstDelay << Math.min(failedRounds - 1, 20));
        metrics.storeFailed();
    }

    private record Held(Assessment assessment, int attempts) {
    }
}
