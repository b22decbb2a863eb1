package io.runtimeaccess.tickets.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.tickets.delivery.RealmTurns.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryTaskTest {

    private static final List<Turn> TURNS = List.of(new Turn("dead", "d1"), new Turn("live", "l1"),
            new Turn("dead", "d2"), new Turn("live", "l2"), new Turn("dead", "d3"));

    @Test
    void aRealmWhoseJiraGaveNoAnswerIsLeftForTheRestOfTheRun() {
        List<String> asked = new ArrayList<>();
        Set<String> silent = new HashSet<>();
        DeliveryTask.work(TURNS, Long.MAX_VALUE, silent, id -> {
            asked.add(id);
            return !id.startsWith("d");
        });
        assertEquals(List.of("d1", "l1", "l2"), asked);
        assertEquals(Set.of("dead"), silent);

        // the polls of the same run skip it too
        asked.clear();
        DeliveryTask.work(TURNS, Long.MAX_VALUE, silent, id -> asked.add(id));
        assertEquals(List.of("l1", "l2"), asked);
    }

    @Test
    void aFailingStepDoesNotStopTheNextTurns() {
        List<String> asked = new ArrayList<>();
        DeliveryTask.work(TURNS, Long.MAX_VALUE, new HashSet<>(), id -> {
            asked.add(id);
            if (id.equals("d1")) {
                throw new IllegalStateException("database gone");
            }
            return true;
        });
        assertEquals(List.of("d1", "l1", "d2", "l2", "d3"), asked);
    }

    @Test
    void nothingStartsAfterTheDeadline() {
        List<String> asked = new ArrayList<>();
        DeliveryTask.work(TURNS, System.currentTimeMillis() - 1, new HashSet<>(), id -> asked.add(id));
        assertEquals(List.of(), asked);
    }

    @Test
    void eachRunStartsWithTheNextRealm() {
        List<String> realms = List.of("a", "b", "c");
        assertEquals(List.of("a", "b", "c"), DeliveryTask.startingAt(realms, 0));
        assertEquals(List.of("b", "c", "a"), DeliveryTask.startingAt(realms, 1));
        assertEquals(List.of("c", "a", "b"), DeliveryTask.startingAt(realms, 5));
        assertEquals(List.of(), DeliveryTask.startingAt(List.of(), 3));
    }
}
