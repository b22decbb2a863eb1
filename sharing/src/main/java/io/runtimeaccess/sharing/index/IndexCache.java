package io.runtimeaccess.sharing.index;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The compiled index per realm with the version of the configuration it was loaded at. A load is
 * installed with a compare-and-set on that version (inside {@link ConcurrentHashMap#compute}), so a load
 * that raced with a change can never overwrite the drop of that change and stay cached. An index older
 * than the maximum age is loaded again, which bounds how long a node can answer from a state whose
 * change event it missed.
 */
final class IndexCache {

    /** A realm's state: the configuration version, its index if loaded ({@code null} after a drop), and when. */
    private record Slot(long version, AccessIndex index, long loadedAtNanos, AccessIndex last) {
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;

    IndexCache(long maxAgeNanos, LongSupplier nanoClock) {
        this.maxAgeNanos = maxAgeNanos;
        this.nanoClock = nanoClock;
    }

    /** The realm's index: the cached one if current and young enough, else a fresh load. */
    AccessIndex get(String realmId, Supplier<AccessIndex> loader) {
        Slot slot = slots.get(realmId);
        if (slot != null && slot.index != null && nanoClock.getAsLong() - slot.loadedAtNanos < maxAgeNanos) {
            return slot.index;
        }
        long version = slot == null ? 0L : slot.version;
        AccessIndex loaded = loader.get().continuing(slot == null ? null : slot.last);
        long loadedAt = nanoClock.getAsLong();
        slots.compute(realmId, (id, current) -> {
            long currentVersion = current == null ? 0L : current.version;
            return currentVersion == version ? new Slot(version, loaded, loadedAt, loaded) : current;
        });
        return loaded;
    }

    /** The realm's cached index, or {@code null}; never loads. */
    AccessIndex peek(String realmId) {
        Slot slot = slots.get(realmId);
        return slot == null ? null : slot.last;
    }

    /** A change committed: bump the version and drop the index, atomically, keeping it as the predecessor. */
    void drop(String realmId) {
        slots.compute(realmId, (id, current) -> current == null ? new Slot(1L, null, 0L, null)
                : new Slot(current.version + 1, null, 0L, current.last));
    }

    void forget(String realmId) {
        slots.remove(realmId);
    }
}
