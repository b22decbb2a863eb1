package io.runtimeaccess.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MineCommand.run(new String[] {"--matrix", file.toString()}, new PrintStream(bytes, true, "UTF-8"));
        String output = bytes.toString(StandardCharsets.UTF_8);
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
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        assertThrows(IllegalArgumentException.class, () -> MineCommand.run(new String[0], out));
        assertThrows(IllegalArgumentException.class, () -> MineCommand.run(new String[] {"--seed", "1"}, out));
        assertThrows(IllegalArgumentException.class,
                () -> MineCommand.run(new String[] {"--matrix", file.toString(), "--roles", "3"}, out));
    }

    private static String mine(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MineCommand.run(args, new PrintStream(bytes, true, "UTF-8"));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String withoutSeconds(String line) {
        return line.substring(0, line.indexOf("\"seconds\""));
    }
}
