package io.runtimeaccess.evaluation;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.DatasetFiles;
import io.runtimeaccess.evaluation.dataset.SideFiles;
import io.runtimeaccess.evaluation.generator.Generator;
import io.runtimeaccess.evaluation.generator.GeneratorSettings;
import io.runtimeaccess.evaluation.probe.SaturationProbe;
import io.runtimeaccess.evaluation.rba.RbaCsvReader;
import io.runtimeaccess.evaluation.replay.EventStream;
import io.runtimeaccess.evaluation.replay.Replay;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import io.runtimeaccess.evaluation.report.Report;
import io.runtimeaccess.evaluation.scale.ScaleRun;
import io.runtimeaccess.evaluation.world.RowLocator;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates a labelled dataset in the RBA layout (or reads a real RBA file), replays it through the
 * anomaly scorer in time order and prints the report's markdown tables.
 *
 * <pre>
 * java -jar anomaly-evaluation/target/anomaly-evaluation.jar [--seed 42] [--users 2000] [--weeks 8]
 *      [--rba path/to/rba.csv] [--out target/eval] [--warmup-days 7] [--replays 3] [--sizes 3000,10000,100000]
 *      [--probe saturation]
 * </pre>
 *
 * Without {@code --rba}: writes {@code OUT/rba-generated.csv} with its side files, replays the generated
 * events directly (addresses located by the world table), then again through the file loader (the CSV
 * read back by {@link RbaCsvReader}, addresses located from the rows' own columns) and checks both give
 * the same figures; the report goes to {@code OUT/report.md}. With {@code --rba}: replays that file (and
 * its {@code .labels.csv}/{@code .events.csv} side files if they exist beside it) and writes
 * {@code OUT/report-rba.md}. {@code --warmup-days} sets the whole UTC days at the start that are scored
 * and learned but not counted (default 7 for generated data, 0 for a file). {@code --replays 2} leaves out
 * the CSV files and the loader replay, {@code 1} also the replay without device ids; the default is 3 up to
 * {@value #FULL_REPLAY_USERS} users and 2 above (the CSV of 100,000 users is 1.5 GB and checks the loader,
 * not the scorer). {@code --sizes} generates and replays each size in turn with the seed and weeks given and
 * prints one table of headline figures ({@link ScaleRun}) to {@code OUT/sizes.md}.
 */
public final class Main {

    /** The largest realm whose single run still writes the CSV files and replays them. */
    static final int FULL_REPLAY_USERS = 10_000;

    private static final long DAY = 86_400_000L;

    private Main() {
    }

    /** A wrong command line prints what is wrong and exits with 2, without a stack trace. */
    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("anomaly-evaluation: " + e.getMessage());
            System.err.print(EvaluationOptions.usage());
            System.exit(2);
        }
    }

    static void run(String[] args) throws IOException {
        EvaluationOptions options = EvaluationOptions.parse(args);
        if (options.help()) {
            help();
        } else if (options.probe() != null) {
            System.out.print(SaturationProbe.report(GeneratorSettings.defaults(options.seed(), options.users(),
                    options.weeks()), 2000));
        } else {
            Files.createDirectories(options.out());
            if (options.sizes() != null) {
                write(options.out().resolve("sizes.md"), ScaleRun.run(options.seed(), options.weeks(), options.sizes()));
            } else if (options.rba() != null) {
                replayFile(options);
            } else {
                replayGenerated(options);
            }
        }
    }

    private static void help() {
        System.out.print(EvaluationOptions.usage());
        System.out.println("  without --rba: generate, replay directly and through the CSV loader; warm-up 7 days");
        System.out.println("  --probe saturation: generate and replay in memory only, then probe whether never-used"
                + " networks still get the token and travel checks");
        System.out.println("  with --rba: replay that RBA CSV (and NAME.labels.csv / NAME.events.csv beside it,"
                + " if present); warm-up 0 days unless given");
    }

    private static void replayFile(EvaluationOptions options) throws IOException {
        Path rba = options.rba();
        int warmupDays = Math.max(0, options.warmupDays());
        long first;
        try (RbaCsvReader reader = RbaCsvReader.open(rba)) {
            first = reader.hasNext() ? reader.next().timeMillis() : 0;
        }
        // the warm-up is the first N whole UTC days
        long countFrom = Math.floorDiv(first, DAY) * DAY + warmupDays * DAY;
        String report = evaluateFile(DatasetFiles.beside(rba), countFrom, String.format(Locale.ROOT,
                "Anomaly scorer %s on %s (warm-up %d days)", AnomalyScorer.MODEL_VERSION, rba.getFileName(), warmupDays));
        write(options.out().resolve("report-rba.md"), report);
    }

    private static void replayGenerated(EvaluationOptions options) throws IOException {
        GeneratorSettings settings = settings(options);
        int replays = options.replays() > 0 ? options.replays() : options.users() <= FULL_REPLAY_USERS ? 3 : 2;
        long t0 = System.nanoTime();
        Dataset dataset = Generator.generate(settings);
        System.err.printf(Locale.ROOT, "generated %,d rows and %,d side events in %.1f s%n", dataset.rows().size(),
                dataset.sideEvents().size(), (System.nanoTime() - t0) / 1e9);
        DatasetFiles files = DatasetFiles.in(options.out(), "rba-generated");
        if (replays >= 3) {
            files.write(dataset);
        }
        World world = World.forUsers(options.users());
        long countFrom = settings.startMillis() + settings.warmupDays() * DAY;
        ReplayResults direct = Replay.run(new EventStream(dataset.rows().iterator(), dataset.labels().iterator(),
                dataset.sideEvents().iterator(), null), scorer(new WorldLocator(world)), alertThreshold(), countFrom);
        ReplayResults withoutIds = replays < 2 ? null : Replay.run(new EventStream(dataset.rows().iterator(),
                dataset.labels().iterator(), dataset.sideEvents().iterator(), null).withoutDeviceIds(),
                scorer(new WorldLocator(world)), alertThreshold(), countFrom);
        String title = title(options.seed(), options.users(), options.weeks());
        if (replays < 3) {
            write(options.out().resolve("report.md"), GeneratedReport.brief(title, direct, withoutIds));
            return;
        }
        RowLocator rowLocator = new RowLocator(world, 1_000_000);
        ReplayResults loaded;
        try (RbaCsvReader rows = RbaCsvReader.open(files.rows());
                SideFiles.LabelReader labels = new SideFiles.LabelReader(Files.newBufferedReader(files.labels()));
                SideFiles.EventReader events = new SideFiles.EventReader(Files.newBufferedReader(files.events()))) {
            loaded = Replay.run(new EventStream(rows, labels, events, rowLocator), scorer(rowLocator), alertThreshold(),
                    countFrom);
        }
        write(options.out().resolve("report.md"),
                GeneratedReport.full(title, direct, withoutIds, loaded, files, rowLocator.resolutionCounts()));
    }

    /** The defaults for the size asked for, with the warm-up given on the command line if any. */
    private static GeneratorSettings settings(EvaluationOptions options) {
        GeneratorSettings settings = GeneratorSettings.defaults(options.seed(), options.users(), options.weeks());
        return options.warmupDays() < 0 ? settings : settings.withWarmupDays(options.warmupDays());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    /** Replays an RBA file with its side files (when present) through the row locator. */
    static String evaluateFile(DatasetFiles files, long countFrom, String title) throws IOException {
        RowLocator locator = new RowLocator(World.get(), 1_000_000);
        boolean hasLabels = Files.exists(files.labels());
        boolean hasEvents = Files.exists(files.events());
        try (RbaCsvReader rows = RbaCsvReader.open(files.rows());
                SideFiles.LabelReader labels = hasLabels ? new SideFiles.LabelReader(Files.newBufferedReader(files.labels())) : null;
                SideFiles.EventReader events = hasEvents ? new SideFiles.EventReader(Files.newBufferedReader(files.events())) : null) {
            ReplayResults results = Replay.run(new EventStream(rows, labels, events, locator), scorer(locator),
                    alertThreshold(), countFrom);
            long[] resolution = locator.resolutionCounts();
            return new Report(results).full(title) + String.format(Locale.ROOT,
                    "Addresses located at city level %,d, country level %,d, unknown %,d. Side files: labels %s, events %s.%n",
                    resolution[0], resolution[1], resolution[2], hasLabels ? "yes" : "no", hasEvents ? "yes" : "no");
        }
    }

    private static String title(long seed, int users, int weeks) {
        return String.format(Locale.ROOT, "Anomaly scorer %s: seed %d, %,d users, %d weeks", AnomalyScorer.MODEL_VERSION,
                seed, users, weeks);
    }

    static AnomalyScorer scorer(IpLocator locator) {
        return new AnomalyScorer(ScorerSettings.defaults(), locator);
    }

    /** An alert is a score in the MEDIUM band or above (40 with the default bands). */
    static double alertThreshold() {
        return ScorerSettings.defaults().mediumFrom();
    }
}
