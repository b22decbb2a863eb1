package io.runtimeaccess.bench;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.check.Subject;
import io.runtimeaccess.sharing.policy.Action;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What grant-use marking costs a check: {@link AccessCheckBenchmark}'s questions against two indexes of the
 * same organization, one marking use (as in production) and one not ({@link AccessIndex#withoutUseMarks()}).
 * The two run at the same time, one thread each, so both see the same load of a shared machine and their
 * ratio holds even when the absolute figures do not. With {@code drainEvery} > 0 the marks are taken every
 * that many checks, as a flush would, so the first-use write after a drain is measured too (a flush runs
 * every 300 s in production: far rarer than any value here).
 */
@State(Scope.Group)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class GrantUseMarkingBenchmark {

    private static final int QUESTIONS = 4096;

    @Param({"100000"})
    public int grants;

    @Param({"0", "100000"})
    public int drainEvery;

    private AccessIndex marking;
    private AccessIndex notMarking;
    private Subject[] subjects;
    private String[] solutions;
    private String[] resources;
    private Action[] actions;

    /** Each thread's place in the questions. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticOrganization organization = new SyntheticOrganization(grants, 42);
        marking = AccessIndex.build(organization.solutions, organization.groups, organization.grants);
        // built apart, so the marking thread's writes never share a cache line with the other's reads
        notMarking = AccessIndex.build(organization.solutions, organization.groups, organization.grants)
                .withoutUseMarks();
        Random random = new Random(7);
        subjects = new Subject[QUESTIONS];
        solutions = new String[QUESTIONS];
        resources = new String[QUESTIONS];
        actions = new Action[QUESTIONS];
        Action[] swimlaneActions = {Action.VIEW, Action.EXECUTE, Action.SELF_ASSIGN};
        for (int i = 0; i < QUESTIONS; i++) {
            subjects[i] = Subject.user(SyntheticOrganization.userId(random.nextInt(organization.users)));
            solutions[i] = "s" + random.nextInt(organization.solutions.size());
            boolean flow = random.nextInt(3) == 0;
            resources[i] = flow ? "flow" + random.nextInt(2) : "lane" + random.nextInt(4);
            actions[i] = flow ? Action.INTERACT : swimlaneActions[random.nextInt(3)];
        }
    }

    @Benchmark
    @Group("check")
    @GroupThreads(1)
    public Decision marking(Cursor cursor) {
        return ask(marking, cursor);
    }

    @Benchmark
    @Group("check")
    @GroupThreads(1)
    public Decision notMarking(Cursor cursor) {
        return ask(notMarking, cursor);
    }

    private Decision ask(AccessIndex index, Cursor cursor) {
        int n = cursor.next++;
        if (drainEvery > 0 && n % drainEvery == 0) {
            index.forEachUsed((type, principal, solution, role) -> { }, true);
        }
        int i = n & (QUESTIONS - 1);
        return index.check(subjects[i], solutions[i], resources[i], actions[i], null, SyntheticOrganization.NOW);
    }
}
