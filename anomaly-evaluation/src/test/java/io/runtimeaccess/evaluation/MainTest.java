package io.runtimeaccess.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void twoReplaysWriteTheReportButNoCsv(@TempDir Path out) throws Exception {
        Main.run(new String[] {"--seed", "5", "--users", "200", "--weeks", "2", "--replays", "2", "--out", out.toString()});
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Without the device cookie"), report);
        assertFalse(report.contains("## Loader path"), report);
        assertFalse(Files.exists(out.resolve("rba-generated.csv")));
    }

    @Test
    void sizesPrintOneTable(@TempDir Path out) throws Exception {
        Main.run(new String[] {"--seed", "5", "--weeks", "2", "--sizes", "100,200", "--out", out.toString()});
        String table = Files.readString(out.resolve("sizes.md"));
        assertTrue(table.contains("| figure | 100 users | 200 users |"), table);
        assertTrue(table.startsWith("Seed 5, 2 weeks"), table);
    }

    @Test
    void replaysOutsideOneToThreeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Main.run(new String[] {"--replays", "4"}));
    }
}
