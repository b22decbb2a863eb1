package io.runtimeaccess.events.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingRetriesTest {

    private static final long SECOND = 1_000_000_000L;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry, () -> 0, () -> 0);

    private static List<Assessment> findings(int count, String prefix) {
        List<Assessment> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Assessment(prefix + i, "realm", "u", 1L, 70, Severity.HIGH, List.of(), List.of(), "test"));
        }
        return list;
    }

    @Test
    void retriesBackOffAndDoubleUpToTheirLimit() {
        FindingRetries retries = new FindingRetries(SECOND, 4 * SECOND, 10, 100, metrics);
        FindingWriter down = batch -> batch;
        retries.failed(findings(3, "e"), 0);
        assertFalse(retries.due(SECOND - 1));
        List<Long> delays = new ArrayList<>();
        long now = 0;
        for (int round = 0; round < 4; round++) {
            long due = retries.dueAt();
            delays.add((due - now) / SECOND);
            now = due;
            assertTrue(retries.due(now));
            retries.retry(down, 500, now);
        }
        assertEquals(List.of(1L, 2L, 4L, 4L), delays);
        assertEquals(5.0, registry.get("runtime.access.findings.store.failures").counter().count());
    }

    @Test
    void whatStaysUnstoredAfterTheLastAttemptIsLostAndCounted() {
        FindingRetries retries = new FindingRetries(SECOND, SECOND, 3, 100, metrics);
        retries.failed(findings(2, "e"), 0);
        retries.retry(batch -> batch, 500, SECOND);
        assertEquals(2, retries.size());
        retries.retry(batch -> batch, 500, 2 * SECOND);
        assertTrue(retries.isEmpty());
        assertEquals(2.0, registry.get("runtime.access.findings.lost").counter().count());
    }

    /** An outage that ended with its findings lost leaves no backoff behind: the next one starts at one second. */
    @Test
    void aSecondOutageStartsAtTheFirstDelayAgain() {
        FindingRetries retries = new FindingRetries(SECOND, 30 * SECOND, 3, 100, metrics);
        retries.failed(findings(2, "first"), 0);
        retries.retry(batch -> batch, 500, SECOND);
        retries.retry(batch -> batch, 500, 3 * SECOND);
        assertTrue(retries.isEmpty(), "lost after their attempts");
        long later = 100 * SECOND;
        retries.failed(findings(1, "second"), later);
        assertEquals(SECOND, retries.dueAt() - later);
    }

    @Test
    void theOldestAreLostAndCountedBeyondTheCap() {
        FindingRetries retries = new FindingRetries(SECOND, SECOND, 10, 5, metrics);
        retries.failed(findings(4, "old"), 0);
        retries.hold(findings(3, "new"));
        assertEquals(5, retries.size());
        assertEquals(2.0, registry.get("runtime.access.findings.lost").counter().count());
        List<String> written = new ArrayList<>();
        retries.retry(batch -> {
            batch.forEach(assessment -> written.add(assessment.eventId()));
            return List.of();
        }, 2, SECOND);
        assertEquals(List.of("old2", "old3", "new0", "new1", "new2"), written, "in order, two per transaction");
        assertEquals(5.0, registry.get("runtime.access.findings.stored").counter().count());
        assertTrue(retries.isEmpty());
    }
}
