package io.runtimeaccess.sharing.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The index's users by id, laid out so that a check by id waits for two memory reads, not a chain: a slot of an
 * open-addressing table, then, side by side, the user's row and the role masks of the user's first two groups,
 * whose numbers the slot carries. A {@code HashMap} per solution and one for the groups cost a chain of dependent
 * reads per lookup (table, node, key, the key's bytes, the value), each a cache miss once the index outgrows the
 * cache (docs/benchmarks.md).
 *
 * <p>A slot is {@value #SLOT} ints, 16 bytes, so it seldom straddles a cache line (arrays are only 8-byte aligned):
 * the id's hash, the row's offset plus one (0 for an empty slot), and the user's first and second group
 * ({@link #NONE} if fewer).
 *
 * <p>A row, in {@code rows}: the id's length, its characters two per int (the id is compared here, not through a
 * {@code String}), the group count and group numbers, the direct-entry count and the direct entries, sorted by
 * solution number. An entry is {@value #ENTRY} ints: the solution number shifted left once with the low bit set
 * when the entry has timed grants, the never-expiring role mask (low, high half), and the entry's number, which
 * indexes its use marks and its timed grants.
 */
final class UserRows {

    static final int NONE = -1;
    static final int ENTRY = 4;
    static final int SLOT = 4;
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    /** {@value #SLOT} ints per slot, see above. */
    private final int[] slots;
    private final int shift;
    final int[] rows;
    /** Per direct entry: the roles exercised since the last drain (the "used since" marks). */
    private final long[] used;
    /** Per direct entry with timed grants: all of its grants, for expiry; {@code null} elsewhere. */
    private final RoleGrants[] timed;

    UserRows(int[] slots, int[] rows, RoleGrants[] timed) {
        this.slots = slots;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length / SLOT);
        this.rows = rows;
        this.timed = timed;
        this.used = new long[timed.length];
    }

    /** The slot a hash starts probing at; multiplying spreads ids whose hashes differ only in high bits. */
    static int home(int hash, int shift) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /** The user's slot, or {@link #NONE}. Allocates nothing. */
    int find(String id) {
        if (id == null) {
            return NONE;
        }
        int hash = id.hashCode();
        int last = slots.length / SLOT - 1;
        for (int i = home(hash, shift); ; i = (i + 1) & last) {
            int slot = i * SLOT;
            int row = slots[slot + 1] - 1;
            if (row < 0) {
                return NONE;
            }
            if (slots[slot] == hash && sameId(row, id)) {
                return slot;
            }
        }
    }

    int row(int slot) {
        return slots[slot + 1] - 1;
    }

    /** The user's first ({@code which} 0) or second (1) group, or {@link #NONE}: the rest are in the row. */
    int group(int slot, int which) {
        return slots[slot + 2 + which];
    }

    private boolean sameId(int row, String id) {
        int length = rows[row];
        if (length != id.length()) {
            return false;
        }
        int c = 0;
        for (int at = row + 1; c + 1 < length; c += 2, at++) {
            if (rows[at] != (id.charAt(c) | id.charAt(c + 1) << 16)) {
                return false;
            }
        }
        return c == length || rows[row + 1 + (c >> 1)] == id.charAt(c);
    }

    String id(int row) {
        char[] id = new char[rows[row]];
        for (int c = 0; c < id.length; c++) {
            id[c] = (char) (rows[row + 1 + (c >> 1)] >>> ((c & 1) << 4));
        }
        return new String(id);
    }

    /** Where the row's group count is; the group numbers follow it. */
    static int groupsAt(int[] rows, int row) {
        return row + 1 + ((rows[row] + 1) >> 1);
    }

    /** Where the row's direct-entry count is; the entries follow it. */
    static int entriesAt(int[] rows, int row) {
        int groups = groupsAt(rows, row);
        return groups + 1 + rows[groups];
    }

    /** The row after this one, or {@code rows.length}: rows are walked only off the check path. */
    int nextRow(int row) {
        int entries = entriesAt(rows, row);
        return entries + 1 + rows[entries] * ENTRY;
    }

    /** The user's direct entry on the solution, or {@link #NONE}; a binary search over a few entries in the row. */
    int entry(int row, int solution) {
        int first = entriesAt(rows, row) + 1;
        int low = 0;
        int high = rows[first - 1] - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = first + middle * ENTRY;
            int key = rows[at] >>> 1;
            if (key == solution) {
                return at;
            } else if (key < solution) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return NONE;
    }

    int solutionOf(int entry) {
        return rows[entry] >>> 1;
    }

    long permanentRoles(int entry) {
        return (rows[entry + 1] & 0xFFFF_FFFFL) | ((long) rows[entry + 2] << 32);
    }

    /** The entry's roles that count at {@code nowMillis}; only an entry with timed grants looks further. */
    long rolesAt(int entry, long nowMillis) {
        if ((rows[entry] & 1) == 0) {
            return permanentRoles(entry);
        }
        return timed[rows[entry + 3]].activeAt(nowMillis);
    }

    /** The entry's grants, for explanations: off the check path, so a permanent-only entry may allocate. */
    RoleGrants grants(int entry) {
        if ((rows[entry] & 1) != 0) {
            return timed[rows[entry + 3]];
        }
        return new RoleGrants(permanentRoles(entry), new long[0], new long[0]);
    }

    /**
     * Marks {@code roles} of the entry used. Once marked (the steady state between two drains) this is one opaque
     * read and no write; the first use after a drain sets the bits atomically, so two checks never lose each
     * other's marks.
     */
    void markUsed(int entry, long roles) {
        int number = rows[entry + 3];
        if (roles != 0L && ((long) LONGS.getOpaque(used, number) & roles) != roles) {
            LONGS.getAndBitwiseOr(used, number, roles);
        }
    }

    /** The roles marked since the last drain; with {@code drain} they are taken (the next use marks again). */
    long usedRoles(int entry, boolean drain) {
        int number = rows[entry + 3];
        return drain ? (long) LONGS.getAndSet(used, number, 0L) : (long) LONGS.getOpaque(used, number);
    }
}
