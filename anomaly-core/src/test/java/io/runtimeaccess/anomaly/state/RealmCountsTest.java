package io.runtimeaccess.anomaly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RealmCountsTest {

    @Test
    void countsAreExactAndDeletionKeepsEveryOtherKeyFindable() {
        RealmCounts counts = new RealmCounts(1_000_000);
        Map<Long, int[]> truth = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            long key = 2 + random.nextInt(50_000); // 0 and 1 share a slot by design
            int a = 1 + random.nextInt(3);
            int b = random.nextInt(2);
            counts.add(key, a, b);
            int[] t = truth.computeIfAbsent(key, k -> new int[2]);
            t[0] += a;
            t[1] += b;
        }
        counts.halve();
        int kept = 0;
        for (Map.Entry<Long, int[]> e : truth.entrySet()) {
            int a = e.getValue()[0] >>> 1;
            assertEquals(a, counts.first(e.getKey()), "key " + e.getKey());
            assertEquals(a == 0 ? 0 : e.getValue()[1] >>> 1, counts.second(e.getKey()));
            kept += a > 0 ? 1 : 0;
        }
        assertEquals(kept, counts.size());
    }

    @Test
    void aFullTableDropsTheLightAndStaleNotTheHeavy() {
        RealmCounts counts = new RealmCounts(1_000);
        counts.today(100);
        for (int i = 0; i < 10; i++) {
            counts.add(1_000_000 + i, 500, 0); // heavy, counted long ago
        }
        for (int day = 100; day < 200; day++) {
            counts.today(day);
            for (int i = 0; i < 100; i++) {
                counts.add(day * 1_000L + i, 1, 0); // a stream of one-off keys
            }
            counts.add(7, 1, 1); // light but counted every day
        }
        assertTrue(counts.size() <= 1_000);
        for (int i = 0; i < 10; i++) {
            assertEquals(500, counts.first(1_000_000 + i), "a heavy key survives 100 days of churn");
        }
        assertEquals(100, counts.first(7));
        assertEquals(0, counts.first(100_000L), "the first one-off key went");
    }

    @Test
    void snapshotsRoundTripThroughForEachAndRestore() {
        RealmCounts counts = new RealmCounts(100);
        counts.today(42);
        counts.add(0, 3, 1); // key 0 is stored as 1
        counts.add(99, 5, 2);
        RealmCounts copy = new RealmCounts(100);
        counts.forEach((key, first, second, day) -> copy.restore(key, first, second, day));
        assertEquals(3, copy.first(0));
        assertEquals(2, copy.second(99));
        int[] days = new int[1];
        copy.forEach((key, first, second, day) -> days[0] = day);
        assertEquals(42, days[0]);
    }
}
