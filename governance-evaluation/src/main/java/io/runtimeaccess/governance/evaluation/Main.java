package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.governance.evaluation.recommend.RecommendCommand;
import io.runtimeaccess.governance.evaluation.scale.ScaleCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar governance-evaluation.jar recommend|mine|scale …}: one JSON line per run on standard output. The
 * command line is read by picocli (the parser Keycloak itself ships). A wrong command line says what is wrong and
 * exits with 2, a file that cannot be read with 1, each with one line on standard error and no stack trace, so that
 * a loop over many files and seeds shows which run failed and why.
 */
@Command(name = "java -jar governance-evaluation.jar",
        subcommands = {RecommendCommand.class, MineCommand.class, ScaleCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help.")
    private boolean help;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return new CommandLine(new Main()).setOut(out).setErr(err)
                .setParameterExceptionHandler((e, args1) -> usage(e, err))
                .setExecutionExceptionHandler((e, command, parsed) -> unreadable(e, err))
                .execute(args);
    }

    /** No command given. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command (recommend, mine or scale)");
    }

    private static int usage(CommandLine.ParameterException e, PrintWriter err) {
        err.println("governance-evaluation: " + e.getMessage());
        e.getCommandLine().usage(err);
        return 2;
    }

    private static int unreadable(Exception e, PrintWriter err) throws Exception {
        if (!(e instanceof IOException)) {
            throw e;
        }
        String why = e instanceof NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
        err.println("governance-evaluation: cannot read the matrix: " + why);
        return 1;
    }
}
