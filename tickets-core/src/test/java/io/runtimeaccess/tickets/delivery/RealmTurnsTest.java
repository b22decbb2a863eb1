package io.runtimeaccess.tickets.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runtimeaccess.tickets.delivery.RealmTurns.Turn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealmTurnsTest {

    private static Map<String, List<String>> tickets() {
        Map<String, List<String>> byRealm = new LinkedHashMap<>();
        byRealm.put("busy", List.of("b1", "b2", "b3", "b4"));
        byRealm.put("quiet", List.of("q1"));
        byRealm.put("none", List.of());
        byRealm.put("other", List.of("o1", "o2"));
        return byRealm;
    }

    @Test
    void eachRealmTakesOneTurnPerRoundInItsOwnOrder() {
        assertEquals(List.of(new Turn("busy", "b1"), new Turn("quiet", "q1"), new Turn("other", "o1"),
                new Turn("busy", "b2"), new Turn("other", "o2"), new Turn("busy", "b3"), new Turn("busy", "b4")),
                RealmTurns.interleave(tickets(), 100));
    }

    @Test
    void theLimitCutsTheLastRoundNotAQuietRealm() {
        assertEquals(List.of(new Turn("busy", "b1"), new Turn("quiet", "q1"), new Turn("other", "o1"),
                new Turn("busy", "b2")), RealmTurns.interleave(tickets(), 4));
        assertEquals(List.of(), RealmTurns.interleave(tickets(), 0));
        assertEquals(List.of(), RealmTurns.interleave(Map.of(), 10));
    }
}
