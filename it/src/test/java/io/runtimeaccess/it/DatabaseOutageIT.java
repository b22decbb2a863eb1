package io.runtimeaccess.it;

import static io.runtimeaccess.it.Metrics.metric;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * PostgreSQL stopped for 20 s while a few threads sign in. Keycloak's own answers during the outage
 * aside, afterwards: every finding the scorer raised is stored or counted as lost, no realm's learned
 * state is replaced by an empty one (neither a realm already scored nor one whose state is first read
 * during the outage), and sign-ins, the admin API and the check API answer again without a restart.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class DatabaseOutageIT extends AbstractFaultIT {

    static final Duration OUTAGE = Duration.ofSeconds(20);
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
    /** Findings raised (by the scorer) and findings given up (named by the pipeline's metrics). */
    static final String RAISED = "runtime_access_findings_total";
    static final String LOST = "runtime_access_findings_lost_total";
    /** Raised findings in their batch window or waiting for a retry. */
    static final String WAITING = "runtime_access_findings_waiting";
    private static final String DORMANT = "outage-dormant";
    private static final int USERS = 12;
    private static final int THREADS = 3;

    private final LoadFigures[] phases = {new LoadFigures(), new LoadFigures(), new LoadFigures()};
    private final AtomicReference<LoadFigures> phase = new AtomicReference<>(phases[0]);
    private volatile boolean loading = true;
    /** Set once PostgreSQL has stopped, until it is started again. */
    private volatile boolean databaseDown;
    /** What still failed when recovery was given up on. */
    private String recoveryFailure;

    @Test
    void anOutageLosesNoFindingUncountedKeepsLearnedStateAndRecoversWithoutRestart() throws Exception {
        String dormantId = createDormantRealm();
        String probeUser = null;
        for (int i = 0; i < USERS; i++) {
            String id = createOrganizationUser("outage-user-" + i);
            probeUser = probeUser == null ? id : probeUser;
            // Signed in once before, as people are: Keycloak caches the user and its credentials.
            assertEquals(200, organizationSignIn("outage-user-" + i, "outage-user-" + i, "198.51.100.77").statusCode());
        }
        String solution = newSolution("Outage Probe");
        String organizationId = organization.admin().toRepresentation().getId();
        String learned = awaitSnapshot(organizationId);
        AnomalyTables.seedState(dormantId, organizationId);
        sleep(2_500);
        assertEquals(1L, AnomalyTables.savedAt(dormantId), "precondition: nothing read or saved the dormant realm's state yet");
        long[] before = settledFindings();

        long recovered = Long.MAX_VALUE;
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            load.submit(() -> signInLoop(thread));
        }
        try {
            sleep(3_000);
            phase.set(phases[1]);
            PostgresServer.stop();
            databaseDown = true;
            sleep(OUTAGE.toMillis());
        } finally {
            databaseDown = false;
            PostgresServer.start();
            phase.set(phases[2]);
        }
        try {
            recovered = awaitRecovery(probeUser, solution);
            sleep(3_000);
        } finally {
            loading = false;
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
        }
        // The dormant realm's first event after the outage, for a node that could not read its state during it.
        signIn(urls.getBase() + "/realms/" + DORMANT, FAULT_CLIENT, FAULT_SECRET, "dormant-user", "wrong", "10.78.9.9");

        long[] after = awaitBalancedFindings(before);
        long raised = after[0] - before[0];
        long stored = after[1] - before[1];
        long lost = after[2] - before[2];
        sleep(5_000); // two snapshot intervals: every scorer in memory has been saved again
        String organizationAfter = AnomalyTables.snapshot(organizationId);
        String dormantAfter = AnomalyTables.snapshot(dormantId);
        System.out.printf("DatabaseOutageIT: outage %d s; sign-ins before %s, during %s, after %s; recovery %d ms "
                + "after PostgreSQL answered; findings raised %d, stored %d, counted as lost %d; learned state "
                + "(Base64 chars) organization %d -> %d, dormant realm seeded %d -> %d%n", OUTAGE.toSeconds(),
                phases[0], phases[1], phases[2], recovered, raised, stored, lost, learned.length(),
                organizationAfter == null ? 0 : organizationAfter.length(), learned.length(),
                dormantAfter == null ? 0 : dormantAfter.length());

        String recoveryFailed = recoveryFailure;
        int organizationLength = organizationAfter == null ? 0 : organizationAfter.length();
        int dormantLength = dormantAfter == null ? 0 : dormantAfter.length();
        long recoveryMillis = recovered;
        assertAll(() -> assertTrue(recoveryMillis <= RECOVERY_LIMIT.toMillis(), "sign-in, admin API and check API "
                        + "answered only " + recoveryMillis + " ms after PostgreSQL was back"
                        + (recoveryFailed == null ? "" : "; after 90 s still: " + recoveryFailed)),
                () -> assertTrue(phases[1].dormantAnswered.get() > 0, "precondition: the dormant realm's sign-ins "
                        + "reached the listener during the outage (so its state was first read then)"),
                () -> assertTrue(raised > 0, "precondition: the outage's sprays raised findings"),
                () -> assertEquals(raised, stored + lost, "every finding raised is stored or counted as lost (raised "
                        + raised + ", stored " + stored + ", counted as lost " + lost + ")"),
                () -> assertTrue(organizationLength >= learned.length() * 9 / 10,
                        "the organization realm's learned state survives the outage"),
                () -> assertTrue(dormantLength >= learned.length() * 9 / 10, "a state that could not be read during "
                        + "the outage is not replaced by an empty one: seeded " + learned.length() + " chars, now "
                        + dormantLength));
    }

    /**
     * A realm whose learned state is in the database but not yet read by this node: its user is cached by
     * a sign-in made before the listener was added, so its first scored event can come during the outage.
     */
    private String createDormantRealm() {
        String id = createListenedRealm(DORMANT, false, "dormant-user");
        String realmUrl = urls.getBase() + "/realms/" + DORMANT;
        assertTrue(refused(signIn(realmUrl, FAULT_CLIENT, FAULT_SECRET, "dormant-user", "wrong", "10.78.0.1").statusCode()));
        listen(DORMANT);
        // The realm's update dropped it from the realm cache; this read caches it again.
        assertEquals(200, send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(realmUrl
                + "/.well-known/openid-configuration")).GET()).statusCode());
        return id;
    }

    private void signInLoop(int thread) {
        for (int n = 0; loading; n++) {
            int i = n;
            LoadFigures figures = phase.get();
            String user = "outage-user-" + (i % USERS);
            String ip = "10.77." + thread + "." + (1 + i % 32);
            if (i % 5 == 4) {
                figures.record(() -> organizationSignIn(user, user, "198.51.100.77"), 200, null);
            } else if (i % 4 == 3 && databaseDown) {
                // Only during the outage: the dormant realm's first scored event must come while the database is down.
                figures.record(() -> signIn(urls.getBase() + "/realms/" + DORMANT, FAULT_CLIENT, FAULT_SECRET,
                        "dormant-user", "wrong", "10.78." + thread + "." + (1 + i % 32)), -1, figures.dormantAnswered);
            } else {
                figures.record(() -> organizationSignIn(user, "wrong-password", ip), -1, null);
            }
            sleep(20);
        }
    }

    /** Milliseconds until a sign-in, the findings API and the check API all answer normally. */
    private long awaitRecovery(String userId, String solution) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(90).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            try {
                // Without forwarded headers: the token's issuer must be the URL the check API is called at.
                String token = org.passwordLogin("outage-user-0", "outage-user-0").get("access_token").asText();
                HttpResponse<String> findings = findingsOf(organization.getName(), "GET", "?max=1", null);
                HttpResponse<String> check = findings.statusCode() != 200 ? findings
                        : send(evaluation(token, "{\"subject\":{\"type\":"
                                + "\"user\",\"id\":\"" + userId + "\"},\"action\":{\"name\":\"use\"},\"resource\":{"
                                + "\"type\":\"solution\",\"id\":\"" + solution + "\"}}"));
                if (check.statusCode() == 200) {
                    return millisSince(start);
                }
                last = check.request().uri().getPath() + " answered " + check.statusCode() + ": " + check.body();
            } catch (AssertionError | RuntimeException notYet) {
                last = notYet.toString();
            }
            sleep(250);
        }
        recoveryFailure = last;
        return Long.MAX_VALUE;
    }

    /** Raised, stored (events the stored findings cover) and lost, once the scorer's queue is empty and nothing moves. */
    private long[] settledFindings() {
        long[] last = findingCounts();
        for (int i = 0; i < 30; i++) {
            sleep(1_500);
            long[] now = findingCounts();
            if (java.util.Arrays.equals(now, last) && metric("runtime_access_events_queue_depth") == 0
                    && metric(WAITING) == 0) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the findings counts did not settle within 45 s");
    }

    /** Waits up to 60 s for every finding raised since {@code before} to be stored or counted as lost. */
    private long[] awaitBalancedFindings(long[] before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long[] now = findingCounts();
        while (System.nanoTime() < deadline) {
            if (now[0] - before[0] == (now[1] - before[1]) + (now[2] - before[2])
                    && metric("runtime_access_events_queue_depth") == 0 && metric(WAITING) == 0) {
                sleep(2_000);
                long[] again = findingCounts();
                if (java.util.Arrays.equals(again, now)) {
                    return now;
                }
            }
            sleep(1_000);
            now = findingCounts();
        }
        return now;
    }

    /** Keycloak answers a wrong password with invalid_grant, 400 or 401 depending on the flow. */
    static boolean refused(int status) {
        return status == 400 || status == 401;
    }

    private static long[] findingCounts() {
        return new long[] {(long) metric(RAISED), AnomalyTables.storedFindingEvents(), (long) metric(LOST)};
    }

    private String awaitSnapshot(String realmId) {
        long deadline = System.nanoTime() + FINDING_WAIT.toNanos();
        String snapshot;
        while ((snapshot = AnomalyTables.snapshot(realmId)) == null) {
            assertTrue(System.nanoTime() < deadline, "the organization realm's learned state is saved every 2 s");
            sleep(250);
        }
        return snapshot;
    }

    /** Sign-ins of one phase: attempted, and failed (an answer other than the expected one, or none). */
    private static final class LoadFigures {
        final AtomicInteger attempted = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger dormantAnswered = new AtomicInteger();
        final List<Long> millis = java.util.Collections.synchronizedList(new ArrayList<>());

        /** {@code expected} -1: a refused sign-in (wrong password). */
        void record(java.util.function.Supplier<HttpResponse<String>> signIn, int expected, AtomicInteger answered) {
            attempted.incrementAndGet();
            long start = System.nanoTime();
            try {
                int status = signIn.get().statusCode();
                if (expected == -1 ? !refused(status) : status != expected) {
                    failed.incrementAndGet();
                } else if (answered != null) {
                    answered.incrementAndGet();
                }
            } catch (AssertionError | RuntimeException e) {
                failed.incrementAndGet();
            }
            millis.add(millisSince(start));
        }

        @Override
        public String toString() {
            return attempted + " attempted / " + failed + " failed" + (millis.isEmpty() ? ""
                    : " (p50 " + percentile(millis, 50) + " ms, max " + percentile(millis, 100) + " ms)");
        }
    }
}
