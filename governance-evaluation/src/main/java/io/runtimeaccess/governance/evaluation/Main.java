package io.runtimeaccess.governance.evaluation;

import java.util.Arrays;

/** {@code java -jar governance-evaluation.jar recommend|mine …}: one JSON line per run. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "recommend" -> io.runtimeaccess.governance.evaluation.recommend.RecommendCommand.run(rest);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar governance-evaluation.jar recommend --matrix FILE --seed N");
        System.err.println("       java -jar governance-evaluation.jar mine --matrix FILE");
        System.exit(2);
    }
}
