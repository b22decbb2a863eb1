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
 * What grant-use marking costs a check: {@link AccessCheckBenchmark}'s questions against the same index with
 * marking on (as in production) and off ({@link AccessIndex#withoutUseMarks()}). With {@code drainEvery} > 0
 * the marks are taken every that many checks, as a flush would, so the first-use write after a drain is
 * measured too (a flush runs every 300 s in production: far rarer than any value here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class GrantUseMarkingBenchmark {

    private static final int QUESTIONS = 4096;

    @Param({"100000"})
    public int grants;

    @Param({"true", "false"})
    public boolean marking;

    @Param({"0", "1000000"})
    public int drainEvery;

    private AccessIndex index;
    private Subject[] subjects;
    private String[] solutions;
    private String[] resources;
    private Action[] actions;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticOrganization organization = new SyntheticOrganization(grants, 42);
        AccessIndex built = AccessIndex.build(organization.solutions, organization.groups, organization.grants);
        index = marking ? built : built.withoutUseMarks();
        Random random = new Random(7);
        subjects = new Subject[QUESTIONS];
        solutions = new String[QUESTIONS];
        resources = new String[QUESTIONS];
        actions = new Action[QUESTIONS];
        Action[] swimlaneActions = {Action.VIEW, Action.EXECUTE, Action.SELF_ASSIGN};
        for (int i = 0; i < QUESTIONS; i++) {
            subjects[i] = Subject.user("u" + random.nextInt(organization.users));
            solutions[i] = "s" + random.nextInt(organization.solutions.size());
            boolean flow = random.nextInt(3) == 0;
            resources[i] = flow ? "flow" + random.nextInt(2) : "lane" + random.nextInt(4);
            actions[i] = flow ? Action.INTERACT : swimlaneActions[random.nextInt(3)];
        }
    }

    @Benchmark
    public Decision check() {
        int n = next++;
        if (drainEvery > 0 && n % drainEvery == 0) {
            index.forEachUsed((type, principal, solution, role) -> { }, true);
        }
        int i = n & (QUESTIONS - 1);
        return index.check(subjects[i], solutions[i], resources[i], actions[i], null, SyntheticOrganization.NOW);
    }
}
