package io.runtimeaccess.evaluation;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The evaluation's command line, read once by picocli (the parser Keycloak itself ships). An unknown option, a
 * missing value or a number that is not one is refused with a message naming the option, before anything is
 * generated or written; the ranges picocli does not know are checked here.
 */
@Command(name = "java -jar anomaly-evaluation.jar", sortOptions = false)
final class EvaluationOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help.")
    private boolean help;

    @Option(names = "--seed", description = "Seed of the generated realm (default 42).")
    private long seed = 42;

    @Option(names = "--users", description = "Users of the generated realm (default 2000).")
    private int users = 2000;

    @Option(names = "--weeks", description = "Weeks of generated history (default 8).")
    private int weeks = 8;

    @Option(names = "--rba", paramLabel = "FILE", description = "Replay this RBA CSV instead of generating.")
    private Path rba;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default target/eval).")
    private Path out = Path.of("target", "eval");

    @Option(names = "--warmup-days", description = "Days scored and learned but not counted (default 7, a file 0).")
    private Integer warmupDays;

    @Option(names = "--replays", description = "1, 2 or 3 (default 3 up to 10,000 users, 2 above).")
    private Integer replays;

    @Option(names = "--sizes", split = "\\s*,\\s*", splitSynopsisLabel = ",", paramLabel = "N",
            description = "Generate and replay each size in turn.")
    private int[] sizes;

    @Option(names = "--probe", paramLabel = "saturation", description = "Run the saturation probe only.")
    private String probe;

    private EvaluationOptions() {
    }

    static EvaluationOptions parse(String[] args) {
        EvaluationOptions options = new EvaluationOptions();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return options.checked();
    }

    /** The usage lines, as picocli writes them from the options above. */
    static String usage() {
        return new CommandLine(new EvaluationOptions()).getUsageMessage();
    }

    private EvaluationOptions checked() {
        atLeast("--users", users, 1);
        atLeast("--weeks", weeks, 1);
        if (warmupDays != null) {
            atLeast("--warmup-days", warmupDays, 0);
        }
        if (replays != null && (replays < 1 || replays > 3)) {
            throw new IllegalArgumentException("--replays is 1, 2 or 3: " + replays);
        }
        if (sizes != null) {
            for (int size : sizes) {
                atLeast("--sizes", size, 1);
            }
        }
        if (probe != null && !probe.equals("saturation")) {
            throw new IllegalArgumentException("unknown probe " + probe + " (known: saturation)");
        }
        return this;
    }

    private static void atLeast(String option, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(option + " needs a number from " + least + " up, got: " + value);
        }
    }

    boolean help() {
        return help;
    }

    long seed() {
        return seed;
    }

    int users() {
        return users;
    }

    int weeks() {
        return weeks;
    }

    Path rba() {
        return rba;
    }

    Path out() {
        return out;
    }

    /** -1 when not given: 7 days for generated data, none for a file. */
    int warmupDays() {
        return warmupDays == null ? -1 : warmupDays;
    }

    /** -1 when not given: 3 up to {@link Main#FULL_REPLAY_USERS} users, 2 above. */
    int replays() {
        return replays == null ? -1 : replays;
    }

    /** null unless {@code --sizes} is given. */
    int[] sizes() {
        return sizes;
    }

    /** null unless {@code --probe} is given. */
    String probe() {
        return probe;
    }
}
