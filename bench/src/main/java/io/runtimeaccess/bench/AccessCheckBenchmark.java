package io.runtimeaccess.bench;

import io.runtimeaccess.sharing.check.AccessIndex;
import io.runtimeaccess.sharing.check.Decision;
import io.runtimeaccess.sharing.check.PropertyValues;
import io.runtimeaccess.sharing.check.Subject;
import io.runtimeaccess.sharing.check.Vocabulary;
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
 * One in-process access check against organizations of 1k, 100k and 1M grants with group expansion.
 * Questions are pre-generated (random user, solution, resource and action) and cycled, so the
 * benchmark loop itself allocates nothing; run with {@code -prof gc} to see allocations per check.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class AccessCheckBenchmark {

    private static final int QUESTIONS = 4096;

    @Param({"1000", "100000", "1000000"})
    public int grants;

    private AccessIndex index;
    private Subject[] subjects;
    private String[] solutions;
    private String[] resources;
    private Action[] actions;
    private String[] types;
    private String[] actionNames;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticOrganization organization = new SyntheticOrganization(grants, 42);
        index = AccessIndex.build(organization.solutions, organization.groups, organization.grants);
        Random random = new Random(7);
        subjects = new Subject[QUESTIONS];
        solutions = new String[QUESTIONS];
        resources = new String[QUESTIONS];
        actions = new Action[QUESTIONS];
        types = new String[QUESTIONS];
        actionNames = new String[QUESTIONS];
        Action[] swimlaneActions = {Action.VIEW, Action.EXECUTE, Action.SELF_ASSIGN};
        for (int i = 0; i < QUESTIONS; i++) {
            subjects[i] = Subject.user(SyntheticOrganization.userId(random.nextInt(organization.users)));
            solutions[i] = "s" + random.nextInt(organization.solutions.size());
            boolean flow = random.nextInt(3) == 0;
            resources[i] = flow ? "flow" + random.nextInt(2) : "lane" + random.nextInt(4);
            actions[i] = flow ? Action.INTERACT : swimlaneActions[random.nextInt(3)];
            types[i] = flow ? "ui-flow" : "swimlane";
            actionNames[i] = actions[i].wireName();
        }
    }

    @Benchmark
    public Decision check() {
        int i = next++ & (QUESTIONS - 1);
        return index.check(subjects[i], solutions[i], resources[i], actions[i], null, SyntheticOrganization.NOW);
    }

    /**
     * The harness alone: a question is picked as {@link #check} picks it, and nothing is checked. In sample mode its
     * percentiles are the floor that timing each call adds (two clock reads), to be read beside the check's.
     */
    @Benchmark
    public Subject question() {
        int i = next++ & (QUESTIONS - 1);
        return subjects[i];
    }

    /**
     * The same questions as the check API asked them before resources had types of their own: the action's name
     * parsed to the enum ({@code Action.fromWireName}, which lower-cases it), then the check.
     */
    @Benchmark
    public Decision checkByWireName() {
        int i = next++ & (QUESTIONS - 1);
        return index.check(subjects[i], solutions[i], resources[i], Action.fromWireName(actionNames[i]), null,
                SyntheticOrganization.NOW);
    }

    /**
     * The same questions as the check API now asks them: the request's type and action names looked up in the
     * index's vocabulary (two hash lookups of strings whose hashes are cached, as a parsed request's are), then
     * the check by ids with the type checked and the property source of a condition-free permission.
     */
    @Benchmark
    public Decision checkByNames() {
        int i = next++ & (QUESTIONS - 1);
        Vocabulary words = index.vocabulary();
        return index.check(subjects[i], solutions[i], words.typeId(types[i]), resources[i],
                words.actionId(actionNames[i]), null, PropertyValues.NONE, SyntheticOrganization.NOW);
    }
}
