package io.runtimeaccess.sharing.usage;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's grant uses not yet written: marks taken from indexes (at a flush, or when a newer load replaced
 * an index) with the time they were taken, by realm and use key. A use is at most as old as that time.
 */
final class UnflushedUse {

    private static final Map<String, Map<String, Long>> PENDING = new ConcurrentHashMap<>();

    private UnflushedUse() {
    }

    /** Takes {@code index}'s marks, dated {@code nowMillis}. */
    static void absorb(String realmId, AccessIndex index, long nowMillis) {
        Map<String, Long> realm = PENDING.computeIfAbsent(realmId, id -> new ConcurrentHashMap<>());
        index.forEachUsed((type, principal, solution, role) ->
                realm.merge(UseKeys.key(type.name(), principal, solution, role), nowMillis, Math::max), true);
    }

    /** Removes and returns the realm's pending uses. */
    static Map<String, Long> take(String realmId) {
        Map<String, Long> taken = PENDING.remove(realmId);
        return taken == null ? Map.of() : taken;
    }

    /** Puts back uses a failed flush could not write, keeping the later time of each. */
    static void putBack(String realmId, Map<String, Long> uses) {
        Map<String, Long> realm = PENDING.computeIfAbsent(realmId, id -> new ConcurrentHashMap<>());
        uses.forEach((key, time) -> realm.merge(key, time, Math::max));
    }

    static Iterable<String> realms() {
        return PENDING.keySet();
    }

    /** A copy of the realm's pending uses, left in place. */
    static Map<String, Long> peek(String realmId) {
        Map<String, Long> realm = PENDING.get(realmId);
        return realm == null ? Map.of() : new HashMap<>(realm);
    }

    static void forget(String realmId) {
        PENDING.remove(realmId);
    }
}
