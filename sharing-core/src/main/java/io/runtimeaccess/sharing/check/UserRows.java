package io.runtimeaccess.sharing.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The index's users by id, laid out so that a check by id usually waits for two memory reads, not a chain: a slot
 * of an open-addressing table, which holds the id itself, then the role masks of the user's first two groups,
 * whose numbers the slot carries. The user's row is read only when the slot says it may hold a direct grant on the
 * solution or more than two groups. A {@code HashMap} per solution and one for the groups cost a chain of
 * dependent reads per lookup (table, node, key, the key's bytes, the value), each a cache miss once the index
 * outgrows the cache; a slot that only pointed to the row cost one more (docs/benchmarks.md).
 *
 * <p>A slot is {@value #SLOT} ints, 64 bytes: the id's hash, the row's offset plus one (0 for an empty slot), the
 * user's first and second group ({@link #NONE} if fewer), its group count, a mask with bit {@code s % 32} set for
 * every solution {@code s} it holds direct grants on, and the id: its length, then its characters four per int,
 * when it has at most {@value #INLINE_CHARS} characters, all below U+0100 (a UUID, as Keycloak's ids are), else
 * {@link #NOT_INLINE} and the id is compared in the row.
 *
 * <p>A row, in {@code rows}: the id's length, its characters two per int (compared here when the slot does not
 * hold the id; walks that report users read it from here), the group count and group numbers, the direct-entry
 * count and the direct entries, sorted by solution number. An entry is {@value #ENTRY} ints, 16 bytes: the
 * solution number shifted left twice with the flags {@link #TIMED} and {@link #WIDE}, then
 * <ul>
 * <li>for an entry of roles 0 to 31 only (narrow: every entry of a policy of up to 32 roles), the never-expiring
 * role mask, the <em>use marks</em> (the roles exercised since the last drain) and, if timed, where its timed
 * grants are in {@code side}. The mark sits in the entry the check has just read, so marking an already marked
 * grant reads a line already in cache and writes nothing;
 * <li>for a wide entry, the never-expiring role mask (low, high half) and where, in {@code side}, its use marks
 * are, followed by its timed grants if any.
 * </ul>
 *
 * <p>Memory ordering: the index is immutable except for the marks. A mark is read opaque (never hoisted out of a
 * loop, so a check sees a drain eventually) and set by an atomic OR, so two checks never lose each other's
 * marks; a drain takes marks by an atomic swap, each half of a wide entry's 64 marks or a narrow entry's 32 at
 * once, so every mark is reported by exactly one drain. The other ints of a row are never written after the
 * build, and an int is never torn, so plain reads of them are safe beside the marks.
 */
final class UserRows {

    static final int NONE = -1;
    static final int ENTRY = 4;
    static final int SLOT = 16;
    /** A slot's ints, see above. */
    static final int HASH = 0;
    static final int ROW = 1;
    static final int FIRST_GROUP = 2;
    static final int GROUP_COUNT = 4;
    static final int DIRECT_SOLUTIONS = 5;
    static final int ID_LENGTH = 6;
    static final int ID = 7;
    static final int INLINE_CHARS = (SLOT - ID) * 4;
    /** A slot's id length when the id is not in the slot but only in the row. */
    static final int NOT_INLINE = -1;
    /** An entry's flag: it has timed grants, in {@code side}. */
    static final int TIMED = 1;
    /** An entry's flag: it holds a role numbered 32 or more, so its mask takes two ints and its marks a long. */
    static final int WIDE = 2;
    private static final int FLAG_BITS = 2;
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    /** {@value #SLOT} ints per slot, see above. */
    private final int[] slots;
    private final int shift;
    final int[] rows;
    /**
     * Per wide entry, its use marks; per entry with timed grants, those grants ({@link TimedGrants}), after the
     * marks of a wide one. Where an entry's block starts is the entry's last int.
     */
    private final long[] side;

    UserRows(int[] slots, int[] rows, long[] side) {
        this.slots = slots;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots.length / SLOT);
        this.rows = rows;
        this.side = side;
    }

    /** An entry's first int: the solution number and the flags. */
    static int key(int solution, boolean wide, boolean timed) {
        return solution << FLAG_BITS | (wide ? WIDE : 0) | (timed ? TIMED : 0);
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
            int row = slots[slot + ROW] - 1;
            if (row < 0) {
                return NONE;
            }
            if (slots[slot + HASH] == hash && sameId(slot, row, id)) {
                return slot;
            }
        }
    }

    int row(int slot) {
        return slots[slot + ROW] - 1;
    }

    /** The user's first ({@code which} 0) or second (1) group, or {@link #NONE}: the rest are in the row. */
    int group(int slot, int which) {
        return slots[slot + FIRST_GROUP + which];
    }

    /** Whether the user is in more groups than the two its slot names. */
    boolean hasLaterGroups(int slot) {
        return slots[slot + GROUP_COUNT] > 2;
    }

    /**
     * The user's direct entry on the solution, or {@link #NONE}: the row is searched only if the slot's mask says
     * the user may hold a direct grant there, so most checks of a user without one never read the row.
     */
    int directEntry(int slot, int solution) {
        if ((slots[slot + DIRECT_SOLUTIONS] & 1 << (solution & 31)) == 0) {
            return NONE;
        }
        return entry(row(slot), solution);
    }

    private boolean sameId(int slot, int row, String id) {
        int length = slots[slot + ID_LENGTH];
        if (length == NOT_INLINE) {
            return sameId(row, id);
        }
        if (length != id.length()) {
            return false;
        }
        // four characters per slot int, one read of it per four: packing the id's characters into ints first cost
        // more than half of a check (docs/benchmarks.md). A character from U+0100 never equals a byte.
        int c = 0;
        for (int at = slot + ID; c + 3 < length; c += 4, at++) {
            int quad = slots[at];
            if (id.charAt(c) != (quad & 0xFF) || id.charAt(c + 1) != (quad >>> 8 & 0xFF)
                    || id.charAt(c + 2) != (quad >>> 16 & 0xFF) || id.charAt(c + 3) != quad >>> 24) {
                return false;
            }
        }
        int quad = c < length ? slots[slot + ID + (c >> 2)] : 0;
        for (; c < length; c++, quad >>>= 8) {
            if (id.charAt(c) != (quad & 0xFF)) {
                return false;
            }
        }
        return true;
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
            int key = rows[at] >>> FLAG_BITS;
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
        return rows[entry] >>> FLAG_BITS;
    }

    long permanentRoles(int entry) {
        long low = rows[entry + 1] & 0xFFFF_FFFFL;
        return (rows[entry] & WIDE) == 0 ? low : low | (long) rows[entry + 2] << 32;
    }

    /** The entry's roles that count at {@code nowMillis}; only an entry with timed grants looks further. */
    long rolesAt(int entry, long nowMillis) {
        long roles = permanentRoles(entry);
        if ((rows[entry] & TIMED) == 0) {
            return roles;
        }
        return roles | TimedGrants.activeAt(side, timedAt(entry), nowMillis);
    }

    /** Where the entry's timed grants are in {@code side}: after its marks if it is wide. */
    private int timedAt(int entry) {
        return rows[entry + 3] + ((rows[entry] & WIDE) >>> 1);
    }

    /** The entry's grants, for explanations: off the check path, so it allocates. */
    RoleGrants grants(int entry) {
        if ((rows[entry] & TIMED) != 0) {
            return TimedGrants.read(side, timedAt(entry), permanentRoles(entry));
        }
        return new RoleGrants(permanentRoles(entry), new long[0], new long[0]);
    }

    /**
     * Marks {@code roles}, a subset of the entry's {@link #rolesAt}, used. Once marked (the steady state between
     * two drains) this is one opaque read of the entry the check has just read (of {@code side} for a wide entry)
     * and no write; the first use after a drain sets the bits atomically.
     */
    void markUsed(int entry, long roles) {
        if (roles != 0L && (usedRoles(entry, false) & roles) != roles) {
            setMarks(entry, roles);
        }
    }

    /**
     * The first use since a drain: sets the marks atomically, so two checks never lose each other's marks. Kept
     * out of {@link #markUsed}, so the steady-state read stays small enough for the compiler to inline into a check.
     */
    private void setMarks(int entry, long roles) {
        if ((rows[entry] & WIDE) == 0) {
            // A narrow entry holds no role beyond the 32nd, so its marks are the low half.
            INTS.getAndBitwiseOr(rows, entry + 2, (int) roles);
        } else {
            LONGS.getAndBitwiseOr(side, rows[entry + 3], roles);
        }
    }

    /** The roles marked since the last drain; with {@code drain} they are taken (the next use marks again). */
    long usedRoles(int entry, boolean drain) {
        long marks = (rows[entry] & WIDE) == 0 ? (int) INTS.getOpaque(rows, entry + 2) & 0xFFFF_FFFFL
                : (long) LONGS.getOpaque(side, rows[entry + 3]);
        // A drain swaps only marks that are set, so it does not write to (and take from other cores) every row's line.
        return drain && marks != 0L ? takeMarks(entry) : marks;
    }

    private long takeMarks(int entry) {
        if ((rows[entry] & WIDE) == 0) {
            return (int) INTS.getAndSet(rows, entry + 2, 0) & 0xFFFF_FFFFL;
        }
        return (long) LONGS.getAndSet(side, rows[entry + 3], 0L);
    }
}
