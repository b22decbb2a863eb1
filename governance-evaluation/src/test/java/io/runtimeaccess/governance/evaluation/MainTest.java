package io.runtimeaccess.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aRunThatWorksExitsWithZero() throws Exception {
        Path file = write("small.txt", "1 10\n1 11\n2 10\n");
        assertEquals(0, run("mine", "--matrix", file.toString()));
        assertEquals(0, run("mine", "--seed", "4", "--matrix", file.toString()));
        assertEquals(2, out.toString().lines().count(), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndAnUnreadableFileWithOne() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("recommnd", "--matrix", "a.txt"));
        assertEquals(2, run("recommend", "--matrix", "a.txt", "--seed", "one"));
        assertEquals(2, run("scale", "--users", "-5"));
        assertEquals(1, run("recommend", "--matrix", dir.resolve("absent.txt").toString()));
        Path bad = write("bad.txt", "1 10 11\n");
        assertEquals(1, run("mine", "--matrix", bad.toString()));
        assertEquals("", out.toString(), "nothing on standard output");
    }

    @Test
    void eachRefusalNamesTheOptionOnStandardError() {
        assertRefused("Unknown options: '--sed', '3'", "mine", "--matrix", "a.txt", "--sed", "3");
        assertRefused("Missing required parameter for option '--seed'", "recommend", "--matrix", "a.txt", "--seed");
        assertRefused("option '--seed' (<seed>) should be specified only once", "recommend", "--matrix", "a.txt",
                "--seed", "1", "--seed", "2");
        assertRefused("Missing required option: '--matrix=FILE'", "recommend", "--seed", "1");
        assertRefused("Invalid value for option '--seed': 'x1' is not a long", "scale", "--seed", "x1");
        assertRefused("--users needs a number from 1 up, got: 0", "scale", "--users", "0");
        assertRefused("no command (recommend, mine or scale)");
    }

    private void assertRefused(String message, String... args) {
        StringWriter errors = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(errors, true));
        assertEquals(2, code, errors.toString());
        String first = errors.toString().lines().findFirst().orElse("");
        assertTrue(first.startsWith("governance-evaluation: " + message), first);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String matrix) throws Exception {
        return Files.writeString(dir.resolve(name), matrix);
    }
}
