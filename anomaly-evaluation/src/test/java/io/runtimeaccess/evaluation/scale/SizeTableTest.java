package io.runtimeaccess.evaluation.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizeTableTest {

    @Test
    void oneColumnPerSizeWithTheSeed() {
        SizeFigures small = new SizeFigures(3000, 477_520, 0.998, 0.97, 0.985, 0.8, 0.96, 1.0, 0.9, 0.01, 0.002, 0.03, 12,
                102_127, 150_000, 2900, 790, 4, 20, 900, 30);
        SizeFigures large = new SizeFigures(100_000, 16_000_000, 0.99, 0.9, 0.98, 0.7, 0.31, 0.5, 0.4, 0.02, 0.3, 0.4, 900,
                40_000, 140_000, 98_000, 800, 120, 700, 9000, 1000);
        String table = SizeTable.markdown(42, 8, List.of(small, large));
        assertTrue(table.startsWith("Seed 42, 8 weeks"), table);
        assertTrue(table.contains("| figure | 3,000 users | 100,000 users |"), table);
        assertTrue(table.contains("| all takeovers ROC-AUC, device cookie | 0.998 | 0.990 |"), table);
        assertTrue(table.contains("| stolen tokens alerted | 96.0% | 31.0% |"), table);
        assertTrue(table.contains("| office NAT events alerted, device cookie | 0.2% | 30.0% |"), table);
        assertTrue(table.contains("| scorer events/s (replay, one thread) | 102,127 | 40,000 |"), table);
        for (String line : table.split("\n")) {
            if (line.startsWith("|")) {
                assertEquals(4, line.split("\\|", -1).length - 1, line);
            }
        }
    }
}
