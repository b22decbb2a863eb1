package io.runtimeaccess.governance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatWorksExitsWithZero() throws Exception {
        Path file = write("small.txt", "1 10\n1 11\n2 10\n");
        assertEquals(0, Main.run(new String[] {"mine", "--matrix", file.toString()}));
        assertEquals(0, Main.run(new String[] {"mine", "--matrix", file.toString(), "--seed", "4"}));
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndAnUnreadableFileWithOne() throws Exception {
        assertEquals(2, Main.run(new String[0]));
        assertEquals(2, Main.run(new String[] {"recommnd", "--matrix", "a.txt"}));
        assertEquals(2, Main.run(new String[] {"recommend", "--matrix", "a.txt", "--seed", "one"}));
        assertEquals(2, Main.run(new String[] {"scale", "--users", "-5"}));
        assertEquals(1, Main.run(new String[] {"recommend", "--matrix", dir.resolve("absent.txt").toString()}));
        Path bad = write("bad.txt", "1 10 11\n");
        assertEquals(1, Main.run(new String[] {"mine", "--matrix", bad.toString()}));
    }

    private Path write(String name, String matrix) throws Exception {
        return Files.writeString(dir.resolve(name), matrix);
    }
}
