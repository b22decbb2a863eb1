package io.runtimeaccess.requests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SweepCursorTest {

    /** Overdue rows by position; a run reads a page after the cursor and removes the rows it can handle. */
    private static final class Backlog {
        final TreeSet<Integer> overdue = new TreeSet<>();
        final SweepCursor<Integer> cursor = new SweepCursor<>(5);

        void run(IntPredicate fails) {
            Integer after = cursor.after();
            List<Integer> page = (after == null ? overdue : overdue.tailSet(after, false)).stream()
                    .limit(cursor.pageSize()).toList();
            cursor.read(page, row -> row);
            page.stream().filter(row -> !fails.test(row)).forEach(overdue::remove);
        }
    }

    @Test
    void rowsThatKeepFailingDoNotHoldBackTheRest() {
        Backlog backlog = new Backlog();
        for (int row = 0; row < 12; row++) {
            backlog.overdue.add(row);
        }
        IntPredicate oldestFiveFail = row -> row < 5;
        for (int run = 0; run < 3; run++) {
            backlog.run(oldestFiveFail);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), List.copyOf(backlog.overdue), "three runs reached every other row");
    }

    @Test
    void aShortPageEndsThePassAndTheNextRunStartsFromTheOldest() {
        Backlog backlog = new Backlog();
        for (int row = 0; row < 7; row++) {
            backlog.overdue.add(row);
        }
        backlog.run(row -> true);
        assertEquals(4, backlog.cursor.after(), "a full page: the next starts after its last row");
        backlog.run(row -> true);
        assertNull(backlog.cursor.after(), "two rows left: the pass is over");
        backlog.run(row -> row == 1);
        assertEquals(List.of(1, 5, 6), List.copyOf(backlog.overdue), "the next pass starts from the oldest again");
    }

    @Test
    void aRowThatFellOverdueBeforeTheCursorIsReachedInTheNextPass() {
        Backlog backlog = new Backlog();
        for (int row = 10; row < 20; row++) {
            backlog.overdue.add(row);
        }
        IntPredicate firstFiveFail = row -> row >= 10 && row < 15;
        backlog.run(firstFiveFail);
        backlog.overdue.add(3);
        backlog.run(firstFiveFail);
        backlog.run(firstFiveFail);
        assertTrue(backlog.overdue.contains(3), "not reached in the pass it fell overdue behind");
        backlog.run(firstFiveFail);
        assertFalse(backlog.overdue.contains(3), "reached once the pass started over");
    }

    @Test
    void aPageHoldsARow() {
        assertThrows(IllegalArgumentException.class, () -> new SweepCursor<>(0));
    }
}
