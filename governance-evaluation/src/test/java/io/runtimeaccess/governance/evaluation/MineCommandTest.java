package io.runtimeaccess.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MineCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLineWithTheRolesTheBoundAndExactness() throws Exception {
        // Users 1 and 2 share permissions 10 and 11; user 2 also holds 12 and 13 with user 3: two roles.
        Path file = dir.resolve("small.txt");
        Files.writeString(file, "1 10\n1 11\n2 10\n2 11\n2 12\n2 13\n\n3 12\n3 13\n");
        String output = mine("--matrix", file.toString());
        assertEquals(1, output.lines().count(), output);
        String line = output.strip();
        assertTrue(line.startsWith("{\"matrix\":\"small.txt\",\"users\":3,\"permissions\":4,\"assignments\":8,"
                + "\"roles\":2,\"lower_bound\":2,\"exact\":true,\"proven_minimal\":true,\"seconds\":"), line);
        assertTrue(line.endsWith("}"), line);
    }

    @Test
    void takesASeedThatChangesNothingAndRefusesAMissingMatrixOrAnUnknownOption() throws Exception {
        Path file = dir.resolve("small.txt");
        Files.writeString(file, "1 10\n1 11\n2 10\n2 11\n2 12\n3 12\n");
        assertEquals(withoutSeconds(mine("--matrix", file.toString())),
                withoutSeconds(mine("--matrix", file.toString(), "--seed", "9")));
        StringWriter ignored = new StringWriter();
        PrintWriter sink = new PrintWriter(ignored, true);
        assertEquals(2, Main.run(new String[] {"mine"}, sink, sink));
        assertEquals(2, Main.run(new String[] {"mine", "--seed", "1"}, sink, sink));
        assertEquals(2, Main.run(new String[] {"mine", "--matrix", file.toString(), "--roles", "3"}, sink, sink));
        assertTrue(ignored.toString().contains("Unknown options: '--roles', '3'"), ignored.toString());
    }

    private static String mine(String... args) {
        StringWriter out = new StringWriter();
        String[] command = new String[args.length + 1];
        command[0] = "mine";
        System.arraycopy(args, 0, command, 1, args.length);
        assertEquals(0, Main.run(command, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        return out.toString();
    }

    private static String withoutSeconds(String line) {
        return line.substring(0, line.indexOf("\"seconds\""));
    }
}
