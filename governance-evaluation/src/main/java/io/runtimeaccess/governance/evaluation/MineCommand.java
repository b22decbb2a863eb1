package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.governance.evaluation.input.MatrixFile;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import io.runtimeaccess.governance.mining.MiningBound;
import io.runtimeaccess.governance.mining.RoleMiner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mine --matrix FILE [--seed N]}: mines an exact role cover of the matrix and prints one JSON line with its size, the
 * lower bound, whether it is exact, and the time taken (reading the file excluded).
 */
@Command(name = "mine", description = "Mine an exact role cover of the matrix.")
final class MineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--matrix", required = true, paramLabel = "FILE", description = "One user-permission pair a line.")
    private Path file;

    // taken so that one command line can drive both commands; the miner is deterministic
    @Option(names = "--seed", description = "Changes nothing: the miner is deterministic.")
    private long seed;

    @Override
    public Integer call() throws IOException {
        AssignmentMatrix matrix = MatrixFile.read(file);
        long start = System.nanoTime();
        MiningBound mined = RoleMiner.mineWithBound(matrix);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "{\"matrix\":\"%s\",\"users\":%d,\"permissions\":%d,\"assignments\":%d,\"roles\":%d,"
                        + "\"lower_bound\":%d,\"exact\":%b,\"proven_minimal\":%b,\"seconds\":%.3f}",
                jsonEscape(file.getFileName().toString()), matrix.users(), matrix.permissions(),
                matrix.assignments(), mined.result().roles(), mined.lowerBound(), mined.result().exact(),
                mined.provenMinimal(), seconds));
        return 0;
    }

    private static String jsonEscape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
