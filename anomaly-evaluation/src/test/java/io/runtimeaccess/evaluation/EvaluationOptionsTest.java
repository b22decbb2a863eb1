package io.runtimeaccess.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluationOptionsTest {

    @Test
    void defaultsAreTheDocumentedRun() {
        EvaluationOptions options = EvaluationOptions.parse(new String[0]);
        assertFalse(options.help());
        assertEquals(42, options.seed());
        assertEquals(2000, options.users());
        assertEquals(8, options.weeks());
        assertEquals(Path.of("target", "eval"), options.out());
        assertEquals(-1, options.warmupDays(), "not given: the run's own default");
        assertEquals(-1, options.replays(), "not given: by size");
        assertNull(options.rba());
        assertNull(options.sizes());
        assertNull(options.probe());
    }

    @Test
    void everyOptionIsRead() {
        EvaluationOptions options = EvaluationOptions.parse(new String[] {"--seed", "7", "--users", "300", "--weeks",
            "3", "--rba", "a.csv", "--out", "o", "--warmup-days", "0", "--replays", "2", "--sizes", "100, 200",
            "--probe", "saturation", "-h"});
        assertTrue(options.help());
        assertEquals(7, options.seed());
        assertEquals(300, options.users());
        assertEquals(3, options.weeks());
        assertEquals(Path.of("a.csv"), options.rba());
        assertEquals(Path.of("o"), options.out());
        assertEquals(0, options.warmupDays());
        assertEquals(2, options.replays());
        assertArrayEquals(new int[] {100, 200}, options.sizes());
        assertEquals("saturation", options.probe());
    }

    @Test
    void eachRefusalNamesTheOption() {
        assertEquals("Unknown options: '--user', '5'", refusal("--user", "5"));
        assertEquals("Missing required parameter for option '--seed' (<seed>)", refusal("--seed"));
        assertEquals("Invalid value for option '--seed': 'x' is not a long", refusal("--seed", "x"));
        assertEquals("option '--seed' (<seed>) should be specified only once", refusal("--seed", "1", "--seed", "2"));
        assertEquals("--users needs a number from 1 up, got: 0", refusal("--users", "0"));
        assertEquals("--warmup-days needs a number from 0 up, got: -1", refusal("--warmup-days", "-1"));
        assertEquals("--replays is 1, 2 or 3: 4", refusal("--replays", "4"));
        assertEquals("Invalid value for option '--sizes' (N): '' is not an int", refusal("--sizes", "100,,200"));
        assertEquals("--sizes needs a number from 1 up, got: 0", refusal("--sizes", "100,0"));
        assertEquals("unknown probe drift (known: saturation)", refusal("--probe", "drift"));
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> EvaluationOptions.parse(args)).getMessage();
    }
}
