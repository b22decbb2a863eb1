package io.runtimeaccess.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation's command line, read once. An unknown option, a missing value or a number that is not one is
 * refused with a message naming the option, before anything is generated or written.
 *
 * @param warmupDays -1 when not given: 7 days for generated data, none for a file
 * @param replays    -1 when not given: 3 up to {@link Main#FULL_REPLAY_USERS} users, 2 above
 * @param sizes      null unless {@code --sizes} is given
 * @param probe      null unless {@code --probe} is given
 */
record EvaluationOptions(boolean help, long seed, int users, int weeks, Path rba, Path out, int warmupDays,
        int replays, int[] sizes, String probe) {

    static final String USAGE = "usage: java -jar anomaly-evaluation.jar [--seed 42] [--users 2000] [--weeks 8]"
            + " [--rba path/to/rba.csv] [--out target/eval] [--warmup-days N] [--replays 1|2|3]"
            + " [--sizes 3000,10000,100000] [--probe saturation]";

    static EvaluationOptions parse(String[] args) {
        Builder b = new Builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                b.help = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            b.set(option, args[++i]);
        }
        return b.build();
    }

    private static final class Builder {
        boolean help;
        long seed = 42;
        int users = 2000;
        int weeks = 8;
        Path rba;
        Path out = Path.of("target", "eval");
        int warmupDays = -1;
        int replays = -1;
        int[] sizes;
        String probe;

        void set(String option, String value) {
            switch (option) {
                case "--seed" -> seed = whole(option, value);
                case "--users" -> users = positive(option, value);
                case "--weeks" -> weeks = positive(option, value);
                case "--rba" -> rba = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--warmup-days" -> warmupDays = nonNegative(option, value);
                case "--replays" -> replays = replays(value);
                case "--sizes" -> sizes = sizes(value);
                case "--probe" -> probe = probe(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }

        EvaluationOptions build() {
            return new EvaluationOptions(help, seed, users, weeks, rba, out, warmupDays, replays, sizes, probe);
        }

        private static long whole(String option, String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, got: " + value);
            }
        }

        private static int positive(String option, String value) {
            return inRange(option, value, 1);
        }

        private static int nonNegative(String option, String value) {
            return inRange(option, value, 0);
        }

        private static int inRange(String option, String value, int least) {
            long number = whole(option, value);
            if (number < least || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(option + " needs a number from " + least + " up, got: " + value);
            }
            return (int) number;
        }

        private static int replays(String value) {
            int replays = positive("--replays", value);
            if (replays > 3) {
                throw new IllegalArgumentException("--replays is 1, 2 or 3: " + value);
            }
            return replays;
        }

        private static int[] sizes(String value) {
            List<Integer> sizes = new ArrayList<>();
            for (String size : value.split(",")) {
                sizes.add(positive("--sizes", size));
            }
            return sizes.stream().mapToInt(Integer::intValue).toArray();
        }

        private static String probe(String value) {
            if (!value.equals("saturation")) {
                throw new IllegalArgumentException("unknown probe " + value + " (known: saturation)");
            }
            return value;
        }
    }
}
