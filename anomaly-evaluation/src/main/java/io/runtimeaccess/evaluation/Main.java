package io.runtimeaccess.evaluation;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.DatasetFiles;
import io.runtimeaccess.evaluation.dataset.Scenario;
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
import io.runtimeaccess.evaluation.report.TokenAndShiftFigures;
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

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        long seed = 42;
        int users = 2000;
        int weeks = 8;
        Path rba = null;
        Path out = Path.of("target", "eval");
        int warmupDays = -1;
        int replays = -1;
        int[] sizes = null;
        String probe = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: java -jar anomaly-evaluation.jar [--seed 42] [--users 2000] [--weeks 8]"
                        + " [--rba path/to/rba.csv] [--out target/eval] [--warmup-days N] [--replays 1|2|3]"
                        + " [--sizes 3000,10000,100000] [--probe saturation]");
                System.out.println("  without --rba: generate, replay directly and through the CSV loader; warm-up 7 days");
                System.out.println("  --probe saturation: generate and replay in memory only, then probe whether never-used"
                        + " networks still get the token and travel checks");
                System.out.println("  with --rba: replay that RBA CSV (and NAME.labels.csv / NAME.events.csv beside it,"
                        + " if present); warm-up 0 days unless given");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--seed":
                    seed = Long.parseLong(v);
                    break;
                case "--users":
                    users = Integer.parseInt(v);
                    break;
                case "--weeks":
                    weeks = Integer.parseInt(v);
                    break;
                case "--rba":
                    rba = Path.of(v);
                    break;
                case "--out":
                    out = Path.of(v);
                    break;
                case "--warmup-days":
                    warmupDays = Integer.parseInt(v);
                    break;
                case "--replays":
                    replays = Integer.parseInt(v);
                    if (replays < 1 || replays > 3) {
                        throw new IllegalArgumentException("--replays is 1, 2 or 3: " + v);
                    }
                    break;
                case "--sizes":
                    sizes = java.util.Arrays.stream(v.split(",")).mapToInt(x -> Integer.parseInt(x.trim())).toArray();
                    break;
                case "--probe":
                    probe = v;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (probe != null) {
            if (!probe.equals("saturation")) {
                throw new IllegalArgumentException("unknown probe " + probe + " (known: saturation)");
            }
            System.out.print(SaturationProbe.report(GeneratorSettings.defaults(seed, users, weeks), 2000));
            return;
        }
        Files.createDirectories(out);
        if (sizes != null) {
            String table = ScaleRun.run(seed, weeks, sizes);
            Files.writeString(out.resolve("sizes.md"), table, StandardCharsets.UTF_8);
            System.out.println(table);
            return;
        }
        if (replays < 0) {
            replays = users <= FULL_REPLAY_USERS ? 3 : 2;
        }
        if (rba != null) {
            long first;
            try (RbaCsvReader reader = RbaCsvReader.open(rba)) {
                first = reader.hasNext() ? reader.next().timeMillis() : 0;
            }
            // the warm-up is the first N whole UTC days
            long countFrom = Math.floorDiv(first, 86_400_000L) * 86_400_000L + Math.max(0, warmupDays) * 86_400_000L;
            String report = evaluateFile(DatasetFiles.beside(rba), countFrom, String.format(Locale.ROOT,
                    "Anomaly scorer %s on %s (warm-up %d days)", AnomalyScorer.MODEL_VERSION, rba.getFileName(),
                    Math.max(0, warmupDays)));
            Files.writeString(out.resolve("report-rba.md"), report, StandardCharsets.UTF_8);
            System.out.println(report);
            return;
        }
        GeneratorSettings settings = GeneratorSettings.defaults(seed, users, weeks);
        if (warmupDays >= 0) {
            settings = new GeneratorSettings(settings.seed(), settings.users(), settings.weeks(), settings.startMillis(),
                    warmupDays, settings.officeUsers(), settings.admins(), settings.naive(), settings.vpn(),
                    settings.targeted(), settings.targetedExactUa(), settings.bruteForce(), settings.spray(),
                    settings.distributedSpray(), settings.tokenTheft(), settings.adminSelfGrant(),
                    settings.adminGrantNewIp(), settings.adminBulkDelete());
        }
        long t0 = System.nanoTime();
        Dataset dataset = Generator.generate(settings);
        System.err.printf(Locale.ROOT, "generated %,d rows and %,d side events in %.1f s%n", dataset.rows().size(),
                dataset.sideEvents().size(), (System.nanoTime() - t0) / 1e9);
        DatasetFiles files = DatasetFiles.in(out, "rba-generated");
        if (replays >= 3) {
            files.write(dataset);
        }
        World world = World.forUsers(users);
        long countFrom = settings.startMillis() + settings.warmupDays() * 86_400_000L;

        ReplayResults direct = Replay.run(new EventStream(dataset.rows().iterator(), dataset.labels().iterator(),
                dataset.sideEvents().iterator(), null), scorer(new WorldLocator(world)), alertThreshold(), countFrom);
        Report report = new Report(direct);
        ReplayResults withoutIds = replays < 2 ? null : Replay.run(new EventStream(dataset.rows().iterator(),
                dataset.labels().iterator(), dataset.sideEvents().iterator(), null).withoutDeviceIds(),
                scorer(new WorldLocator(world)), alertThreshold(), countFrom);
        Report withoutDeviceIds = withoutIds == null ? null : new Report(withoutIds);
        if (replays < 3) {
            String text = report.full(title(seed, users, weeks)) + (withoutDeviceIds == null ? ""
                    : "## Without the device cookie\n\n" + withoutDeviceIds.ranking() + '\n')
                    + "## Same-country token theft and night shifts\n\n" + new TokenAndShiftFigures(direct).table() + '\n'
                    + "## Campaign details\n\n" + report.campaignDetails() + '\n';
            Files.writeString(out.resolve("report.md"), text, StandardCharsets.UTF_8);
            System.out.println(text);
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
        Report loadedReport = new Report(loaded);
        boolean same = report.fingerprint().equals(loadedReport.fingerprint());
        long[] resolution = rowLocator.resolutionCounts();

        StringBuilder b = new StringBuilder();
        b.append(report.full(title(seed, users, weeks)));
        b.append("## Without the device cookie\n\n").append("The same events replayed without their device ids, as a "
                + "realm without the device cookie step (or a password grant) sees them:\n\n")
                .append(withoutDeviceIds.ranking()).append('\n');
        b.append("## Same-country token theft and night shifts\n\n").append(new TokenAndShiftFigures(direct).table())
                .append("\nWithout the device cookie:\n\n").append(new TokenAndShiftFigures(withoutIds).table())
                .append('\n');
        b.append("## Campaign details\n\n").append(report.campaignDetails()).append('\n');
        b.append("## Lowest-scoring targeted takeovers\n\n").append(report.lowest(Scenario.TARGETED_ATO, 8)).append('\n');
        b.append("## Lowest-scoring targeted takeovers with the victim's own user agent\n\n")
                .append(report.lowest(Scenario.TARGETED_EXACT_UA_ATO, 8)).append('\n');
        b.append("## Lowest-scoring VPN takeovers\n\n").append(report.lowest(Scenario.VPN_ATO, 5)).append('\n');
        b.append("## Lowest-scoring token thefts\n\n").append(report.lowest(Scenario.TOKEN_THEFT, 5)).append('\n');
        b.append("## Highest-scoring benign sign-ins at home\n\n").append(report.highest(Scenario.BENIGN_HOME, 6)).append('\n');
        b.append("## Highest-scoring benign travel\n\n").append(report.highest(Scenario.BENIGN_TRAVEL, 6)).append('\n');
        b.append("## Highest-scoring office NAT events\n\n").append(report.highest(Scenario.BENIGN_OFFICE, 6)).append('\n');
        b.append("## Loader path\n\n");
        b.append(String.format(Locale.ROOT, "The generated rows were written to `%s` (with `%s` and `%s`), read back "
                + "through `RbaCsvReader` and the side-file readers, located from the rows' own country/region/city/ASN "
                + "columns (`RowLocator`: %,d addresses at city level, %,d at country level, %,d unknown) and replayed "
                + "through a fresh scorer: %s.%n%n", files.rows().getFileName(), files.labels().getFileName(),
                files.events().getFileName(), resolution[0], resolution[1], resolution[2],
                same ? "**the same figures** as the direct replay (ROC-AUC and recall at 1% FPR of every model)"
                        : "**different figures** from the direct replay"));
        if (!same) {
            b.append(loadedReport.ranking()).append('\n');
        }
        String text = b.toString();
        Files.writeString(out.resolve("report.md"), text, StandardCharsets.UTF_8);
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
