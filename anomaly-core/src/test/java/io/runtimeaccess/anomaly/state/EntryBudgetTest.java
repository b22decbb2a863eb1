package io.runtimeaccess.anomaly.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntryBudgetTest {

    @Test
    void tablesShareTheBudgetAndGiveBackWhatTheyDrop() {
        EntryBudget budget = new EntryBudget(10);
        LruTable<String> a = new LruTable<>(100, budget);
        LruTable<String> b = new LruTable<>(100, budget);
        for (long k = 0; k < 10; k++) {
            a.put(k, "a");
        }
        assertEquals(10, budget.used());
        a.put(100, "a");
        assertEquals(10, a.size(), "at the cap a table holding its share replaces its own oldest");
        assertEquals(null, a.peek(0));
        b.put(1, "b");
        assertEquals(1, b.size(), "a table below its share takes room from the largest");
        assertEquals(9, a.size());
        a.remove(5);
        assertEquals(9, budget.used());
        b.clear();
        assertEquals(8, budget.used());
    }

    @Test
    void collectedTablesStopCounting() throws InterruptedException {
        EntryBudget budget = new EntryBudget(1_000);
        for (int t = 0; t < 500; t++) {
            LruTable<String> dropped = new LruTable<>(10, budget);
            dropped.put(t, "x");
        }
        for (int attempt = 0; attempt < 20 && budget.members() > 100; attempt++) {
            System.gc();
            Thread.sleep(50);
            new LruTable<String>(10, budget); // joining purges collected tables now and then
        }
        assertTrue(budget.members() <= 200, budget.members() + " members kept");
        assertTrue(budget.used() <= 200, budget.used() + " entries still counted");
    }

    /** A realm removed at the cap: what its tables held goes back to the survivors, not only to new tables. */
    @Test
    void aSurvivorAtItsShareGrowsIntoWhatACollectedTableHeld() throws InterruptedException {
        EntryBudget budget = new EntryBudget(10);
        LruTable<String> survivor = new LruTable<>(100, budget);
        for (long k = 0; k < 6; k++) {
            survivor.put(k, "a");
        }
        java.lang.ref.WeakReference<LruTable<String>> removed = fill(budget, 4);
        for (int attempt = 0; attempt < 50 && removed.get() != null; attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(removed.get() == null, "the removed realm's table was collected");
        for (long k = 6; k < 6 + 2 * EntryBudget.PURGE_EVERY; k++) {
            survivor.put(k, "a");
        }
        assertEquals(10, survivor.size(), "the survivor holds the whole budget");
        assertEquals(10, budget.used());
    }

    private static java.lang.ref.WeakReference<LruTable<String>> fill(EntryBudget budget, int entries) {
        LruTable<String> table = new LruTable<>(100, budget);
        for (long k = 0; k < entries; k++) {
            table.put(k, "b");
        }
        return new java.lang.ref.WeakReference<>(table);
    }
}
