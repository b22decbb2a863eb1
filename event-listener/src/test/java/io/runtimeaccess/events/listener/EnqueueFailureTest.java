package io.runtimeaccess.events.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.pipeline.EventPipeline;
import io.runtimeaccess.events.pipeline.SingleRealm;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/** An event that cannot be queued is counted, not only logged at DEBUG as before. */
class EnqueueFailureTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void removeRegistry() {
        Metrics.globalRegistry.remove(registry);
    }

    @Test
    void everyEventThatCannotBeQueuedIsCounted() {
        Metrics.globalRegistry.add(registry);
        // No scorer: every event fails on its way to the queue, so none is ever scored.
        EventPipeline pipeline = new EventPipeline(10, new SingleRealm(null), Severity.MEDIUM, findings -> List.of(),
                Duration.ofHours(1));
        double before = count();
        // No session: reading the request's user agent fails, as any unexpected error on the way to the queue.
        RuntimeAccessEventListener listener = new RuntimeAccessEventListener(null, pipeline, new PrivilegedAccess(Set.of()),
                null);
        Event event = new Event();
        event.setType(EventType.LOGIN);
        event.setRealmId("realm-a");
        event.setTime(System.currentTimeMillis());
        listener.onEvent(event);
        listener.onEvent(event);
        assertEquals(before + 2, count(), "both failures counted, though only the first is warned about");
    }

    private double count() {
        return registry.get("runtime.access.events.enqueue.failures").counter().count();
    }
}
