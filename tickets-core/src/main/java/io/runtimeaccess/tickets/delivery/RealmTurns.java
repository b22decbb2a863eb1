package io.runtimeaccess.tickets.delivery;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The order in which one run works through the tickets of several realms: each realm's first ticket, then each
 * realm's second, and so on, each realm's own in the order it gave. One realm with many due tickets, or with a Jira
 * that answers slowly, then takes one turn in each round and cannot keep the other realms' tickets waiting behind
 * its own.
 */
public final class RealmTurns {

    /** One ticket of one realm. */
    public record Turn(String realmId, String ticketId) {
    }

    private RealmTurns() {
    }

    /** At most {@code limit} turns, realm by realm in the map's order, one ticket of each in every round. */
    public static List<Turn> interleave(Map<String, List<String>> ticketsByRealm, int limit) {
        List<Turn> turns = new ArrayList<>();
        List<Map.Entry<String, Iterator<String>>> queues = new ArrayList<>();
        ticketsByRealm.forEach((realmId, tickets) -> queues.add(Map.entry(realmId, tickets.iterator())));
        while (turns.size() < limit && !queues.isEmpty()) {
            Iterator<Map.Entry<String, Iterator<String>>> round = queues.iterator();
            while (round.hasNext() && turns.size() < limit) {
                Map.Entry<String, Iterator<String>> queue = round.next();
                if (queue.getValue().hasNext()) {
                    turns.add(new Turn(queue.getKey(), queue.getValue().next()));
                } else {
                    round.remove();
                }
            }
        }
        return turns;
    }
}
