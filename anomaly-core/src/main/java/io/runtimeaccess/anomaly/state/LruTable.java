package io.runtimeaccess.anomaly.state;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A map from 64-bit keys to values with a hard cap: when full, putting a new key first drops the entry
 * used least recently (LRU). {@link #get} and {@link #put} count as use.
 *
 * <p>Why not {@code LinkedHashMap<Long, V>}: a boxed key and a linked entry cost ~70 bytes per entry;
 * here an entry costs {@value #BYTES_PER_ENTRY} bytes (key, value reference, two links, index slots).
 * Storage grows by doubling up to the cap, so a small deployment pays little.
 *
 * <p>Open addressing with linear probing; deletion shifts the following run back (no tombstones). Slots
 * come from {@link Hashing#tableHash}, seeded per process, so keys cannot be chosen to pile up in one run.
 *
 * <p>A table may also share an {@link EntryBudget} with the same table of other realms' scorers.
 */
public final class LruTable<V> {

    /** Heap bytes per entry in this table, not counting the value itself. */
    public static final int BYTES_PER_ENTRY = 8 + 4 + 4 + 4 + 8;

    private static final int NONE = -1;
    private static final int INITIAL = 64;

    private final int cap;
    private long[] keys;
    private Object[] values;
    private int[] older;
    private int[] newer;
    /** Open-addressing index: entry number + 1, or 0 for an empty slot. Twice the entries, a power of two. */
    private int[] slots;
    private int size;
    private int oldest = NONE;
    private int newest = NONE;
    private final EntryBudget budget;
    private boolean evicted;
    private final EntryBudget.Member member;

    public LruTable(int cap) {
        this(cap, null);
    }

    /** A table capped at {@code cap} entries and also by {@code budget}, shared with other tables ({@code null}: none). */
    public LruTable(int cap, EntryBudget budget) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
        this.budget = budget;
        this.member = budget == null ? null : budget.join(this);
        allocate(Math.min(cap, INITIAL));
    }

    public int size() {
        return size;
    }

    public int cap() {
        return cap;
    }

    /** The value, marked as just used, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int entry = find(key);
        if (entry == NONE) {
            return null;
        }
        touch(entry);
        return (V) values[entry];
    }

    /** The value without marking it used, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V peek(long key) {
        int entry = find(key);
        return entry == NONE ? null : (V) values[entry];
    }

    /** Puts (or replaces) the value as the most recently used; drops the least recently used entry when full. */
    public void put(long key, V value) {
        int entry = find(key);
        if (entry != NONE) {
            values[entry] = value;
            touch(entry);
            return;
        }
        if (size == cap) {
            evict();
        } else if (budget != null && !budget.admit(member)) {
            evict(); // the shared budget is used up and this table holds its share
        } else if (size == keys.length) {
            grow();
        }
        entry = size++;
        keys[entry] = key;
        values[entry] = value;
        linkNewest(entry);
        insertSlot(key, entry);
        if (budget != null) {
            budget.added(member);
        }
    }

    /** Drops the least recently used entry, if any (the shared budget takes room from the largest table). */
    void dropOldest() {
        if (oldest != NONE) {
            evict();
        }
    }

    private void evict() {
        removeEntry(oldest);
        evicted = true;
    }

    /**
     * Whether an entry was ever dropped for room (this table's cap, or the shared budget): until then a key that is
     * absent was never put, afterwards it may have been dropped. Removals by key do not count.
     */
    public boolean hasEvicted() {
        return evicted;
    }

    /** Removes the key; returns its value or {@code null}. */
    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int entry = find(key);
        if (entry == NONE) {
            return null;
        }
        V value = (V) values[entry];
        removeEntry(entry);
        return value;
    }

    /**
     * Drops least recently used entries while {@code expired} says so, at most {@code max} of them: a
     * cheap way to let entries expire by age, because the least recently used entry is also the oldest.
     */
    @SuppressWarnings("unchecked")
    public int expireOldest(java.util.function.Predicate<V> expired, int max) {
        int dropped = 0;
        while (dropped < max && oldest != NONE && expired.test((V) values[oldest])) {
            removeEntry(oldest);
            dropped++;
        }
        return dropped;
    }

    public void clear() {
        if (budget != null) {
            budget.cleared(member);
        }
        size = 0;
        oldest = NONE;
        newest = NONE;
        allocate(Math.min(cap, INITIAL));
    }

    /** Visits every entry from least to most recently used (so re-putting them in order keeps the order). */
    @SuppressWarnings("unchecked")
    public void forEachOldestFirst(BiConsumer<Long, V> visitor) {
        for (int e = oldest; e != NONE; e = newer[e]) {
            visitor.accept(keys[e], (V) values[e]);
        }
    }

    /** Sums a size over the values, for memory estimates. */
    @SuppressWarnings("unchecked")
    public long sum(java.util.function.ToLongFunction<V> size) {
        long total = 0;
        for (int e = 0; e < this.size; e++) {
            total += size.applyAsLong((V) values[e]);
        }
        return total;
    }

    /** Heap bytes of the table itself (its arrays), not of the values. */
    public long tableBytes() {
        return 16L * 5 + 8L * keys.length + 4L * (values.length + older.length + newer.length + slots.length);
    }

    private void allocate(int entries) {
        keys = new long[entries];
        values = new Object[entries];
        older = new int[entries];
        newer = new int[entries];
        slots = new int[Integer.highestOneBit(Math.max(2, entries) * 2 - 1) * 2];
    }

    private void grow() {
        int entries = (int) Math.min(cap, (long) keys.length * 2);
        keys = Arrays.copyOf(keys, entries);
        values = Arrays.copyOf(values, entries);
        older = Arrays.copyOf(older, entries);
        newer = Arrays.copyOf(newer, entries);
        slots = new int[Integer.highestOneBit(entries * 2 - 1) * 2];
        for (int e = 0; e < size; e++) {
            insertSlot(keys[e], e);
        }
    }

    private int slotOf(long key) {
        return (int) Hashing.tableHash(key) & (slots.length - 1);
    }

    private int find(long key) {
        int mask = slots.length - 1;
        for (int s = slotOf(key); ; s = (s + 1) & mask) {
            int entry = slots[s] - 1;
            if (entry == NONE) {
                return NONE;
            }
            if (keys[entry] == key) {
                return entry;
            }
        }
    }

    private int slotHolding(int entry) {
        int mask = slots.length - 1;
        for (int s = slotOf(keys[entry]); ; s = (s + 1) & mask) {
            if (slots[s] - 1 == entry) {
                return s;
            }
        }
    }

    private void insertSlot(long key, int entry) {
        int mask = slots.length - 1;
        int s = slotOf(key);
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = entry + 1;
    }

    /** Empties a slot and moves later members of its probe run back, so lookups never stop early. */
    private void deleteSlot(int hole) {
        int mask = slots.length - 1;
        slots[hole] = 0;
        for (int s = (hole + 1) & mask; slots[s] != 0; s = (s + 1) & mask) {
            int home = slotOf(keys[slots[s] - 1]);
            boolean reachableFromHole = hole <= s ? (home <= hole || home > s) : (home <= hole && home > s);
            if (reachableFromHole) {
                slots[hole] = slots[s];
                slots[s] = 0;
                hole = s;
            }
        }
    }

    /** Removes an entry and moves the last entry into its place, so entries stay packed. */
    private void removeEntry(int entry) {
        deleteSlot(slotHolding(entry));
        unlink(entry);
        int last = --size;
        if (entry != last) {
            int lastSlot = slotHolding(last);
            keys[entry] = keys[last];
            values[entry] = values[last];
            older[entry] = older[last];
            newer[entry] = newer[last];
            if (older[entry] != NONE) {
                newer[older[entry]] = entry;
            } else {
                oldest = entry;
            }
            if (newer[entry] != NONE) {
                older[newer[entry]] = entry;
            } else {
                newest = entry;
            }
            slots[lastSlot] = entry + 1;
        }
        values[last] = null;
        if (budget != null) {
            budget.removed(member);
        }
    }

    private void touch(int entry) {
        if (entry != newest) {
            unlink(entry);
            linkNewest(entry);
        }
    }

    private void unlink(int entry) {
        int o = older[entry];
        int n = newer[entry];
        if (o != NONE) {
            newer[o] = n;
        } else {
            oldest = n;
        }
        if (n != NONE) {
            older[n] = o;
        } else {
            newest = o;
        }
    }

    private void linkNewest(int entry) {
        older[entry] = newest;
        newer[entry] = NONE;
        if (newest != NONE) {
            newer[newest] = entry;
        } else {
            oldest = entry;
        }
        newest = entry;
    }
}
