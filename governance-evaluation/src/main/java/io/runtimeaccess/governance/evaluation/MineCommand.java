package io.runtimeaccess.governance.evaluation;

import io.runtimeaccess.governance.evaluation.input.CommandLine;
import io.runtimeaccess.governance.evaluation.input.MatrixFile;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import io.runtimeaccess.governance.mining.MiningBound;
import io.runtimeaccess.governance.mining.RoleMiner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code mine --matrix FILE [--seed N]}: mines an exact role cover of the matrix and prints one JSON line with its size, the
 * lower bound, whether it is exact, and the time taken (reading the file excluded).
 */
final class MineCommand {

    private MineCommand() {
    }

    static void run(String[] args, PrintStream out) throws IOException {
        // --seed is taken so that one command line can drive both commands; the miner is deterministic
        CommandLine options = CommandLine.parse("mine", args, List.of("--matrix", "--seed"));
        Path file = options.requiredPath("--matrix");
        options.longValue("--seed", 0);
        AssignmentMatrix matrix = MatrixFile.read(file);
        long start = System.nanoTime();
        MiningBound mined = RoleMiner.mineWithBound(matrix);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println(String.format(Locale.ROOT,
                "{\"matrix\":\"%s\",\"users\":%d,\"permissions\":%d,\"assignments\":%d,\"roles\":%d,"
                        + "\"lower_bound\":%d,\"exact\":%b,\"proven_minimal\":%b,\"seconds\":%.3f}",
                jsonEscape(file.getFileName().toString()), matrix.users(), matrix.permissions(),
                matrix.assignments(), mined.result().roles(), mined.lowerBound(), mined.result().exact(),
                mined.provenMinimal(), seconds));
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
