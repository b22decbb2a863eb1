package io.runtimeaccess.anomaly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LruTableTest {

    @Test
    void behavesLikeAnAccessOrderedLinkedHashMapWithACap() {
        int cap = 50;
        LruTable<Long> table = new LruTable<>(cap);
        Map<Long, Long> reference = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > cap;
            }
        };
        Random random = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextInt(120);
            switch (random.nextInt(4)) {
                case 0:
                case 1:
                    table.put(key, (long) i);
                    reference.put(key, (long) i);
                    break;
                case 2:
                    assertEquals(reference.get(key), table.get(key));
                    break;
                default:
                    assertEquals(reference.remove(key), table.remove(key));
            }
            assertEquals(reference.size(), table.size());
        }
        List<Long> order = new ArrayList<>();
        table.forEachOldestFirst((k, v) -> order.add(k));
        assertEquals(new ArrayList<>(reference.keySet()), order);
    }

    @Test
    void expiresOldestEntriesOnRequest() {
        LruTable<Integer> table = new LruTable<>(10);
        for (int i = 0; i < 10; i++) {
            table.put(i, i);
        }
        assertEquals(3, table.expireOldest(v -> v < 3, 5));
        assertEquals(7, table.size());
        assertNull(table.peek(2));
        assertEquals(0, table.expireOldest(v -> v < 3, 5));
    }
}
