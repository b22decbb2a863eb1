package io.runtimeaccess.sharing.index;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The compiled index per realm with the version of the configuration it was loaded at. A load is
 * installed with a compare-and-set on that version (inside {@link ConcurrentHashMap#compute}), so a load
 * that raced with a change can never overwrite the drop of that change and stay cached. An index older
 * than the maximum age is loaded again, which bounds how long a node can answer from a state whose
 * change event it missed. Such an age-only reload does not stop the realm's checks: they are answered from the aged
 * index while it runs, and if it fails (the database down, when no change can be made either) until a retry a
 * twentieth of the maximum age later; a change (a drop) still makes every check wait for the new index.
 */
final class IndexCache {

    private static final Logger LOG = Logger.getLogger(IndexCache.class);

    /** A realm's state: the configuration version, its index if loaded ({@code null} after a drop), and when. */
    private record Slot(long version, AccessIndex index, long loadedAtNanos, AccessIndex last) {
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, Load> loads = new ConcurrentHashMap<>();
    private final long maxAgeNanos;
    private final long retryNanos;
    private final LongSupplier nanoClock;
    /** Told of each index a newer load replaces, so what it holds in memory (use marks) is not lost. */
    private volatile BiConsumer<String, AccessIndex> replaced = (realmId, index) -> { };

    IndexCache(long maxAgeNanos, LongSupplier nanoClock) {
        this.maxAgeNanos = maxAgeNanos;
        this.retryNanos = maxAgeNanos / 20;
        this.nanoClock = nanoClock;
    }

    void whenReplaced(BiConsumer<String, AccessIndex> listener) {
        replaced = listener;
    }

    /**
     * The realm's index: the cached one if current and young enough, else a fresh load. Loads are single-flight per
     * realm and version: the checks that arrive while one runs wait for it instead of each compiling the realm's
     * index (at a million grants, seconds and hundreds of megabytes each) right after every change.
     */
    AccessIndex get(String realmId, Supplier<AccessIndex> loader) {
        Slot slot = slots.get(realmId);
        if (slot != null && slot.index != null && nanoClock.getAsLong() - slot.loadedAtNanos < maxAgeNanos) {
            return slot.index;
        }
        // only aged, not dropped: the configuration it holds is still the current one as far as this node knows
        AccessIndex aged = slot == null ? null : slot.index;
        long version = slot == null ? 0L : slot.version;
        Load mine = new Load(version, new CompletableFuture<>());
        Load running = loads.compute(realmId, (id, current) -> current != null && current.version == version
                ? current : mine);
        if (running != mine) {
            if (aged != null) {
                return aged;
            }
            try {
                return running.index.join();
            } catch (CompletionException e) {
                // the waiting checks fail as the loading one did, with its exception
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            AccessIndex loaded = load(realmId, slot, version, loader);
            mine.index.complete(loaded);
            return loaded;
        } catch (RuntimeException e) {
            mine.index.completeExceptionally(e);
            if (aged == null) {
                throw e;
            }
            retryLater(realmId, version);
            LOG.errorf(e, "The index of realm %s could not be reloaded; its checks are answered from the one loaded"
                    + " before until a retry", realmId);
            return aged;
        } catch (Error e) {
            mine.index.completeExceptionally(e);
            throw e;
        } finally {
            loads.remove(realmId, mine);
        }
    }

    /** One load: compiled, then installed unless a change bumped the version meanwhile (served once, not cached). */
    private AccessIndex load(String realmId, Slot slot, long version, Supplier<AccessIndex> loader) {
        AccessIndex loaded = loader.get().continuing(slot == null ? null : slot.last);
        long loadedAt = nanoClock.getAsLong();
        AccessIndex[] previous = new AccessIndex[1];
        slots.compute(realmId, (id, current) -> {
            long currentVersion = current == null ? 0L : current.version;
            if (currentVersion != version) {
                return current;
            }
            previous[0] = current == null ? null : current.last;
            return new Slot(version, loaded, loadedAt, loaded);
        });
        if (previous[0] != null && previous[0] != loaded) {
            replaced.accept(realmId, previous[0]);
        }
        return loaded;
    }

    /** An aged index whose reload failed is served until {@link #retryNanos} from now, unless a change dropped it. */
    private void retryLater(String realmId, long version) {
        long retryAt = nanoClock.getAsLong() - maxAgeNanos + retryNanos;
        slots.computeIfPresent(realmId, (id, current) -> current.version == version && current.index != null
                ? new Slot(current.version, current.index, retryAt, current.last) : current);
    }

    /** A load under way for one version of a realm; the checks that came meanwhile wait on its future. */
    private record Load(long version, CompletableFuture<AccessIndex> index) {
    }

    /** The realm's cached index, or {@code null}; never loads. */
    AccessIndex peek(String realmId) {
        Slot slot = slots.get(realmId);
        return slot == null ? null : slot.last;
    }

    /** What a committed change or a realm's removal (here or on another node) does to this node's index. */
    void changed(String realmId, boolean removed) {
        if (removed) {
            retire(realmId);
        } else {
            drop(realmId);
        }
    }

    /** A change committed: bump the version and drop the index, atomically, keeping it as the predecessor. */
    void drop(String realmId) {
        slots.compute(realmId, (id, current) -> current == null ? new Slot(1L, null, 0L, null)
                : new Slot(current.version + 1, null, 0L, current.last));
    }

    /** Each realm's latest index, dropped or not. */
    void forEachLatest(BiConsumer<String, AccessIndex> action) {
        slots.forEach((realmId, slot) -> {
            if (slot.last != null) {
                action.accept(realmId, slot.last);
            }
        });
    }

    /** The realm is gone: no index and no predecessor, but a newer version, so no load begun before installs. */
    void retire(String realmId) {
        slots.compute(realmId, (id, current) -> new Slot(current == null ? 1L : current.version + 1, null, 0L, null));
    }
}
