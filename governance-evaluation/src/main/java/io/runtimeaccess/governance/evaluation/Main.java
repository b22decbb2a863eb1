package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.governance.evaluation.recommend.RecommendCommand;
import io.runtimeaccess.governance.evaluation.scale.ScaleCommand;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

/**
 * {@code java -jar governance-evaluation.jar recommend|mine|scale …}: one JSON line per run on standard output. A
 * wrong command line says what is wrong and exits with 2, a file that cannot be read with 1, each with one line on
 * standard error and no stack trace, so that a loop over many files and seeds shows which run failed and why.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0) {
            return usage("no command");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "recommend" -> RecommendCommand.run(rest);
                case "mine" -> MineCommand.run(rest, System.out);
                case "scale" -> ScaleCommand.run(rest);
                default -> {
                    return usage("unknown command " + args[0]);
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
            System.err.println("governance-evaluation: cannot read the matrix: " + why);
            return 1;
        }
    }

    private static int usage(String problem) {
        System.err.println("governance-evaluation: " + problem);
        System.err.println("usage: java -jar governance-evaluation.jar recommend --matrix FILE [--seed N]");
        System.err.println("       java -jar governance-evaluation.jar mine --matrix FILE [--seed N (changes nothing)]");
        System.err.println("       java -jar governance-evaluation.jar scale [--users N] [--seed N] [--matrix FILE]");
        return 2;
    }
}
