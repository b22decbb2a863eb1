package io.runtimeaccess.events.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;

/**
 * No finding is lost without being counted: failed batches are retried with backoff, a finding that never
 * stores is counted as lost, the queue is drained at stop and the learned state is saved after that, by the
 * worker. Decisions reach the scorer only after their transaction committed.
 */
class PipelineReliabilityTest {

    private static final long RETRY = 20_000_000L; // 20 ms, doubling to 80 ms

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> stored = new CopyOnWriteArrayList<>();
    /** What happened, in order: "write e1,e2", "save". */
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final Realms realms = new Realms();
    private volatile BooleanSupplier databaseUp = () -> true;
    private volatile String poison;
    private EventPipeline pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.stop();
        }
    }

    private final FindingWriter database = batch -> {
        journal.add("write " + batch.stream().map(Assessment::eventId).toList());
        if (!databaseUp.getAsBoolean()) {
            return batch;
        }
        List<Assessment> failed = new ArrayList<>();
        for (Assessment assessment : batch) {
            if (assessment.eventId().equals(poison)) {
                failed.add(assessment);
            } else {
                stored.add(assessment.eventId());
            }
        }
        return failed;
    };

    private EventPipeline start(int maxAttempts) {
        pipeline = new EventPipeline(100, realms, Severity.MEDIUM, database, Duration.ZERO, Duration.ofHours(1),
                registry, RETRY, 4 * RETRY, maxAttempts).start();
        return pipeline;
    }

    private static UserEvent failure(int i) {
        return new UserEvent("e" + i, 1_000L * i, "realm", "u" + i, "user" + i, UserEventType.LOGIN_ERROR,
                "192.0.2.1", "agent", null, "invalid_user_credentials");
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }

    @Test
    void aDatabaseOutageLosesNothingOnceItIsBack() throws InterruptedException {
        long backAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
        databaseUp = () -> System.nanoTime() >= backAt;
        start(10);
        for (int i = 1; i <= 20; i++) {
            pipeline.offer(failure(i));
            Thread.sleep(10);
        }
        await(() -> stored.size() == 20, "every finding is stored once the database is back");
        assertEquals(20.0, counter("runtime.access.findings.stored"));
        assertEquals(0.0, counter("runtime.access.findings.lost"));
        assertTrue(counter("runtime.access.findings.store.failures") >= 1);
        assertEquals(0.0, registry.get("runtime.access.findings.waiting").gauge().value());
        long attemptsWhileDown = journal.stream().filter(line -> line.startsWith("write")).count();
        assertTrue(attemptsWhileDown < 15, "while it is down, new findings wait for the next retry instead of "
                + "trying one batch each: " + journal);
    }

    @Test
    void aFindingThatNeverStoresIsLostAndCountedAndCostsNoOther() throws InterruptedException {
        poison = "e2";
        start(3);
        for (int i = 1; i <= 3; i++) {
            pipeline.offer(failure(i));
        }
        await(() -> counter("runtime.access.findings.lost") == 1.0, "the poison finding is counted as lost");
        assertEquals(List.of("e1", "e3"), stored.stream().sorted().toList());
        assertEquals(2.0, counter("runtime.access.findings.stored"));
        assertEquals(3, journal.stream().filter(line -> line.contains("e2")).count(), "three attempts: " + journal);
    }

    @Test
    void stopScoresWhatIsQueuedStoresItAndOnlyThenSaves() {
        realms.holdScoring = true;
        start(10);
        for (int i = 1; i <= 30; i++) {
            assertTrue(pipeline.offer(failure(i)));
        }
        realms.holdScoring = false;
        pipeline.stop();
        pipeline = null;
        assertEquals(30, stored.size(), "the queue is drained and its findings stored: " + journal);
        assertEquals("save", journal.get(journal.size() - 1), "the learned state is saved last: " + journal);
        assertEquals(1, journal.stream().filter("save"::equals).count());
        assertEquals("runtime-access-anomaly-scorer", realms.savedBy, "saved by the worker, never beside it");
    }

    @Test
    void atStopWhatCannotBeStoredInTimeIsCountedAsLost() {
        databaseUp = () -> false;
        start(1000).stopBudget(Duration.ofMillis(500));
        pipeline.offer(failure(1));
        pipeline.offer(failure(2));
        long start = System.nanoTime();
        pipeline.stop();
        pipeline = null;
        assertEquals(2.0, counter("runtime.access.findings.lost"));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "stop keeps to its time budget");
        assertTrue(journal.stream().filter(line -> line.startsWith("write")).count() > 1, "retried until then");
    }

    @Test
    void aDecisionReachesTheScorerOnlyAfterItsTransactionCommitted() {
        start(10);
        List<KeycloakTransaction> enlisted = new ArrayList<>();
        KeycloakSession session = session(enlisted);
        Assessment finding = realms.assess(failure(7));

        AfterCommit.offer(session, pipeline, new EventPipeline.Dismissal(finding));
        AfterCommit.offer(session, pipeline, new EventPipeline.Dismissal(realms.assess(failure(8))));
        sleep(200);
        assertEquals(List.of(), realms.dismissed, "nothing before the commit");

        enlisted.get(0).begin();
        enlisted.get(0).commit();
        enlisted.get(1).begin();
        enlisted.get(1).rollback();
        await(() -> !realms.dismissed.isEmpty(), "the committed dismissal reaches the scorer");
        sleep(200);
        assertEquals(List.of("e7"), realms.dismissed, "the rolled-back one never does");
    }

    @Test
    void decisionsAreNotCrowdedOutByAFullEventQueue() {
        realms.holdScoring = true;
        pipeline = new EventPipeline(2, realms, Severity.MEDIUM, database, Duration.ZERO, Duration.ofHours(1),
                registry, RETRY, 4 * RETRY, 3).start();
        for (int i = 1; i <= 10; i++) {
            pipeline.offer(failure(i));
        }
        assertTrue(pipeline.offerDecision(new EventPipeline.UserRemoved("realm", "u1", false)));
        realms.holdScoring = false;
        await(() -> realms.forgotten.contains("u1"), "the removal reaches the scorer");
    }

    /** A transaction manager that only collects what is enlisted after completion. */
    private static KeycloakSession session(List<KeycloakTransaction> enlisted) {
        KeycloakTransactionManager manager = (KeycloakTransactionManager) Proxy.newProxyInstance(
                PipelineReliabilityTest.class.getClassLoader(), new Class<?>[] {KeycloakTransactionManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("enlistAfterCompletion")) {
                        enlisted.add((KeycloakTransaction) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (KeycloakSession) Proxy.newProxyInstance(PipelineReliabilityTest.class.getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionManager")) {
                        return manager;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One realm whose scorer finds every failure HIGH; scoring can be held to let the queue fill. */
    private final class Realms extends UserEventScorer implements RealmScorers {
        volatile boolean holdScoring;
        final List<String> forgotten = new CopyOnWriteArrayList<>();
        volatile String savedBy;

        @Override
        public EventScorer of(String realmId) {
            return this;
        }

        @Override
        public void saveAll() {
            journal.add("save");
            savedBy = Thread.currentThread().getName();
        }

        @Override
        public void forget(String realmId) {
        }

        @Override
        public void forgetUser(String realmId, String userId, boolean inEveryRealm) {
            forgotten.add(userId);
        }

        @Override
        public Assessment assess(UserEvent event) {
            while (holdScoring) {
                sleep(5);
            }
            return new Assessment(event.id(), event.realmId(), event.userId(), event.timeMillis(), 70, Severity.HIGH,
                    List.of(new Reason(Detection.BRUTE_FORCE, 70, "many failures", Map.of())), List.of(event.id()),
                    "test");
        }
    }
}
