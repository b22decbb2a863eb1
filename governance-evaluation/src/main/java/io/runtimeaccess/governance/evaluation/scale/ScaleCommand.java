package io.runtimeaccess.governance.evaluation.scale;

import io.runtimeaccess.governance.analysis.Analysis;
import io.runtimeaccess.governance.analysis.AnalysisResult;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.governance.evaluation.input.MatrixFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code scale --users N --seed S} (or {@code scale --matrix FILE}, a benchmark matrix as direct grants): generates
 * a realm of N users and runs the whole analysis of a run on it
 * (peer recommendations and outliers, dormant and unused access, reconciliation, SoD scan, every user's risk),
 * printing one JSON line with the users, holdings, seconds to generate and to analyse, the proposals per
 * category and the heap in use after the run (MiB, after a GC).
 */
@Command(name = "scale", description = "Time a whole analysis run on a synthetic realm or a matrix.")
public final class ScaleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--users", description = "Users of the synthetic realm (default 100000).")
    private int users = 100_000;

    @Option(names = "--seed", description = "Seed of the synthetic realm (default 1).")
    private long seed = 1;

    @Option(names = "--matrix", paramLabel = "FILE", description = "A benchmark matrix as direct grants instead.")
    private Path matrix;

    @Override
    public Integer call() throws IOException {
        if (users < 1) {
            throw new ParameterException(spec.commandLine(), "--users needs a number from 1 up, got: " + users);
        }
        Instant now = Instant.parse("2026-12-04T00:00:00Z");
        long started = System.nanoTime();
        SyntheticRealm realm = matrix == null ? new SyntheticRealm(users, seed, now)
                : new SyntheticRealm(MatrixFile.read(matrix), now);
        double generated = seconds(started);
        List<SodRule> rules = List.of(new SodRule("r1", "Creator and approver", "", SodRule.Scope.SOLUTION, "s0",
                List.of("grant:s0:r1", "grant:s0:r2"), true, true));
        long analysing = System.nanoTime();
        AnalysisResult result = Analysis.standard(GovernanceSettings.defaults(), rules, realm.reconciliation)
                .run(realm.snapshot);
        double analysed = seconds(analysing);
        Map<String, Long> byCategory = result.proposals().stream()
                .collect(Collectors.groupingBy(p -> p.category().apiName(), LinkedHashMap::new, Collectors.counting()));
        long holdings = realm.snapshot.users().stream().mapToLong(user -> user.holdings().size()).sum();
        // the snapshot and the result are still referenced below, so the heap after a GC is the run's working set
        System.gc();
        long heapMiB = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "{\"users\":%d,\"holdings\":%d,\"seed\":%d,\"generate_seconds\":%.2f,\"analysis_seconds\":%.2f,"
                        + "\"proposals\":%d,\"risks\":%d,\"violations\":%d,\"by_category\":%s,\"heap_mib\":%d,"
                        + "\"max_heap_mib\":%d,\"step_seconds\":%s}",
                realm.snapshot.users().size(), holdings, seed, generated, analysed, result.proposals().size(), result.risks().size(),
                result.violations().size(), json(byCategory), heapMiB, Runtime.getRuntime().maxMemory() >> 20,
                json(result.stepSeconds())));
        return 0;
    }

    private static String json(Map<String, ? extends Number> counts) {
        return counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
