package io.runtimeaccess.governance.evaluation.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final List<String> TAKES = List.of("--matrix", "--seed");

    @Test
    void readsTheOptionsInAnyOrderWithDefaultsForThoseLeftOut() {
        CommandLine options = CommandLine.parse("recommend", new String[] {"--seed", "7", "--matrix", "a.txt"}, TAKES);
        assertEquals(Path.of("a.txt"), options.requiredPath("--matrix"));
        assertEquals(7, options.longValue("--seed", 1));
        CommandLine defaults = CommandLine.parse("recommend", new String[] {"--matrix", "a.txt"}, TAKES);
        assertEquals(1, defaults.longValue("--seed", 1));
        assertNull(defaults.optionalPath("--users"));
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("mine", new String[] {"--matrix", "a.txt", "--sed", "3"}, TAKES));
        assertEquals("mine does not take --sed (it takes --matrix, --seed)", refused.getMessage());
    }

    @Test
    void aMissingValueARepeatedOptionAndAMissingFileAreRefused() {
        assertEquals("--seed needs a value", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("recommend", new String[] {"--matrix", "a.txt", "--seed"}, TAKES)).getMessage());
        assertEquals("--seed is given twice", assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse("recommend", new String[] {"--seed", "1", "--seed", "2"}, TAKES)).getMessage());
        CommandLine noFile = CommandLine.parse("recommend", new String[] {"--seed", "1"}, TAKES);
        assertEquals("recommend needs --matrix FILE",
                assertThrows(IllegalArgumentException.class, () -> noFile.requiredPath("--matrix")).getMessage());
    }

    @Test
    void numbersAreCheckedWhenRead() {
        CommandLine options = CommandLine.parse("scale", new String[] {"--seed", "x1", "--users", "0"},
                List.of("--seed", "--users"));
        assertEquals("--seed needs a whole number, got: x1",
                assertThrows(IllegalArgumentException.class, () -> options.longValue("--seed", 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> options.positiveInt("--users", 100));
        assertEquals(5, CommandLine.parse("scale", new String[] {"--users", "5"}, List.of("--users"))
                .positiveInt("--users", 100));
    }
}
