package io.runtimeaccess.bench;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The anomaly scorer on one thread: events per second ({@code throughput}) and per-event latency
 * ({@code latency}, sample time: read p99 from its percentiles) on a pre-generated stream of 10,000
 * users (sign-ins, code exchanges, refreshes, typos, a few unknown-username failures, logouts). The
 * scorer first learns 60 days of the stream; measured events continue from there, and when the stream
 * runs out it is replayed shifted by its own length, so time only moves forward. At tear-down the
 * state's size per active user is printed.
 *
 * <p>{@code locator} picks the IP locator ({@link BenchLocators}): {@code stub}, the workload's array of
 * /16s, or {@code range-table}, the listener's {@code RangeTableLocator} over tables of the real size
 * (those {@code scripts/ip-location.sh} writes, when {@code tables} names their folder; otherwise a
 * synthetic table with as many rows).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnomalyScorerBenchmark {

    private static final int USERS = 10_000;
    private static final int DAYS = 90;

    @Param({"stub", "range-table"})
    public String locator;

    /** A folder with the tables of {@code scripts/ip-location.sh}; empty: a synthetic table. */
    @Param("")
    public String tables;

    private AnomalyScorer scorer;
    private UserEvent[] events;
    private int warm;
    private int next;
    private long shift;
    private long span;
    /** Events handed out, and the benchmark thread's CPU time and count when the iteration began. */
    private long served;
    private long cpuAtStart;
    private long servedAtStart;

    @Setup(Level.Trial)
    public void setUp() {
        AnomalyWorkload workload = new AnomalyWorkload();
        List<UserEvent> stream = workload.generate(USERS, DAYS, 120, 42);
        events = stream.toArray(new UserEvent[0]);
        span = events[events.length - 1].timeMillis() - events[0].timeMillis() + 60_000;
        scorer = new AnomalyScorer(ScorerSettings.defaults(), BenchLocators.create(locator, tables, workload));
        warm = events.length * 2 / 3;
        for (int i = 0; i < warm; i++) {
            scorer.assess(events[i]);
        }
        next = warm;
        System.out.printf("%n%d events in the stream, %d learned before measuring%n", events.length, warm);
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%nstate: %d active users, %d bytes, %.0f bytes per active user (%s)%n",
                scorer.activeUsers(), scorer.approximateStateBytes(),
                (double) scorer.approximateStateBytes() / scorer.activeUsers(), scorer.stateBytesByTable());
    }

    /**
     * On a machine shared with other work the wall-clock score says more about the neighbours than about
     * the scorer; events per CPU second of the benchmark thread does not count the time it waited for a
     * core. Printed after every iteration (warm-up ones included).
     */
    @Setup(Level.Iteration)
    public void iterationStarts() {
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
        servedAtStart = served;
    }

    @TearDown(Level.Iteration)
    public void iterationEnds() {
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
        System.out.printf(" [%,.0f events per CPU second]", (served - servedAtStart) * 1e9 / cpu);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private UserEvent nextEvent() {
        served++;
        if (next == events.length) {
            next = 0;
            shift += span;
        }
        UserEvent e = events[next++];
        if (shift == 0) {
            return e;
        }
        return new UserEvent(e.id(), e.timeMillis() + shift, e.realmId(), e.userId(), e.username(), e.type(), e.ip(),
                e.userAgent(), e.sessionId(), e.error());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Assessment throughput() {
        return scorer.assess(nextEvent());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessment latency() {
        return scorer.assess(nextEvent());
    }
}
