package io.runtimeaccess.sharing.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Collects each user's groups and direct grants per solution, then lays them out as {@link UserRows}. One map
 * lookup per membership and per grant, and primitive arrays per user: building is linear in the grants.
 */
final class UserRowsBuilder {

    private final Map<String, Draft> drafts = new HashMap<>();

    void addGroup(String user, int group) {
        Draft draft = draft(user);
        draft.groups = grow(draft.groups, draft.groupCount);
        draft.groups[draft.groupCount++] = group;
    }

    /**
     * Adds a direct grant of {@code mask} until {@code expiresAt} ({@link RoleGrants#NEVER} for none). Grants must
     * come solution by solution in increasing number, so each row's entries are sorted for the binary search.
     */
    void addGrant(String user, int solution, long mask, long expiresAt) {
        Draft draft = draft(user);
        if (draft.entryCount == 0 || draft.solutions[draft.entryCount - 1] != solution) {
            draft.solutions = grow(draft.solutions, draft.entryCount);
            draft.permanent = draft.entryCount < draft.permanent.length ? draft.permanent
                    : Arrays.copyOf(draft.permanent, draft.solutions.length);
            draft.solutions[draft.entryCount++] = solution;
        }
        int entry = draft.entryCount - 1;
        if (expiresAt == RoleGrants.NEVER) {
            draft.permanent[entry] |= mask;
        } else {
            draft.addTimed(entry, mask, expiresAt);
        }
    }

    private Draft draft(String user) {
        return drafts.computeIfAbsent(user, u -> new Draft());
    }

    private static int[] grow(int[] values, int size) {
        return size < values.length ? values : Arrays.copyOf(values, Math.max(2, size * 2));
    }

    UserRows build() {
        long size = 0;
        long sideSize = 0;
        for (Map.Entry<String, Draft> user : drafts.entrySet()) {
            Draft draft = user.getValue();
            size += 3L + ((user.getKey().length() + 1) >> 1) + draft.groupCount + (long) UserRows.ENTRY * draft.entryCount;
            for (int i = 0; i < draft.entryCount; i++) {
                sideSize += draft.sideSize(i);
            }
        }
        if (size > Integer.MAX_VALUE - 1 || sideSize > Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("too many users and grants for one index: " + size + " ints");
        }
        int[] rows = new int[(int) size];
        long[] side = new long[(int) sideSize];
        // At most half full, so a probe for an id that is not there ends at an empty slot within a few steps.
        long capacity = Math.max(2, (long) Integer.highestOneBit(Math.max(1, drafts.size())) << 2);
        if (capacity * UserRows.SLOT > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many users for one index: " + drafts.size());
        }
        int[] slots = new int[(int) capacity * UserRows.SLOT];
        int shift = 32 - Integer.numberOfTrailingZeros((int) capacity);
        int row = 0;
        int at = 0;
        for (Map.Entry<String, Draft> user : drafts.entrySet()) {
            Draft draft = user.getValue();
            place(slots, shift, user.getKey(), row, draft);
            int next = writeId(rows, row, user.getKey());
            rows[next++] = draft.groupCount;
            System.arraycopy(draft.groups, 0, rows, next, draft.groupCount);
            next += draft.groupCount;
            rows[next++] = draft.entryCount;
            for (int i = 0; i < draft.entryCount; i++) {
                at = writeEntry(rows, next, side, at, draft, i);
                next += UserRows.ENTRY;
            }
            row = next;
        }
        return new UserRows(slots, rows, side);
    }

    /** Writes the draft's {@code i}th entry at {@code next} and its block in {@code side} at {@code at}. */
    private static int writeEntry(int[] rows, int next, long[] side, int at, Draft draft, int i) {
        long permanent = draft.permanent[i];
        boolean wide = draft.wide(i);
        boolean timed = draft.hasTimed(i);
        rows[next] = UserRows.key(draft.solutions[i], wide, timed);
        rows[next + 1] = (int) permanent;
        // a narrow entry's third int is its use marks, none yet
        rows[next + 2] = wide ? (int) (permanent >>> 32) : 0;
        rows[next + 3] = wide || timed ? at : 0;
        if (timed) {
            long[] pairs = draft.timed[i];
            System.arraycopy(pairs, 0, side, at + (wide ? 1 : 0), 1 + 2 * (int) pairs[0]);
        }
        return at + draft.sideSize(i);
    }

    private static void place(int[] slots, int shift, String id, int row, Draft draft) {
        int hash = id.hashCode();
        int last = slots.length / UserRows.SLOT - 1;
        int i = UserRows.home(hash, shift);
        while (slots[i * UserRows.SLOT + UserRows.ROW] != 0) {
            i = (i + 1) & last;
        }
        int slot = i * UserRows.SLOT;
        slots[slot + UserRows.HASH] = hash;
        slots[slot + UserRows.ROW] = row + 1;
        slots[slot + UserRows.FIRST_GROUP] = draft.groupCount > 0 ? draft.groups[0] : UserRows.NONE;
        slots[slot + UserRows.FIRST_GROUP + 1] = draft.groupCount > 1 ? draft.groups[1] : UserRows.NONE;
        slots[slot + UserRows.GROUP_COUNT] = draft.groupCount;
        for (int e = 0; e < draft.entryCount; e++) {
            slots[slot + UserRows.DIRECT_SOLUTIONS] |= 1 << (draft.solutions[e] & 31);
        }
        boolean inline = fitsInSlot(id);
        slots[slot + UserRows.ID_LENGTH] = inline ? id.length() : UserRows.NOT_INLINE;
        for (int c = 0; inline && c < id.length(); c += 4) {
            slots[slot + UserRows.ID + (c >> 2)] = quad(id, c);
        }
    }

    /** Characters {@code from} to {@code from + 3} of an id that fits in a slot, one byte each (missing ones 0). */
    static int quad(String id, int from) {
        int quad = 0;
        for (int c = from; c < Math.min(from + 4, id.length()); c++) {
            quad |= id.charAt(c) << ((c - from) << 3);
        }
        return quad;
    }

    private static boolean fitsInSlot(String id) {
        if (id.length() > UserRows.INLINE_CHARS) {
            return false;
        }
        for (int c = 0; c < id.length(); c++) {
            if (id.charAt(c) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static int writeId(int[] rows, int row, String id) {
        rows[row] = id.length();
        for (int c = 0; c < id.length(); c++) {
            rows[row + 1 + (c >> 1)] |= id.charAt(c) << ((c & 1) << 4);
        }
        return row + 1 + ((id.length() + 1) >> 1);
    }

    /** One user's groups and, per solution it holds a direct grant on, the grants' masks. */
    private static final class Draft {
        private static final int[] NO_INTS = new int[0];
        private static final long[] NO_LONGS = new long[0];

        int[] groups = NO_INTS;
        int groupCount;
        int[] solutions = NO_INTS;
        long[] permanent = NO_LONGS;
        /** Per entry with timed grants: the count, then mask and expiry pairs, as {@link TimedGrants} lays them out. */
        long[][] timed;
        int entryCount;

        void addTimed(int entry, long mask, long expiresAt) {
            if (timed == null || timed.length <= entry) {
                timed = timed == null ? new long[solutions.length][] : Arrays.copyOf(timed, solutions.length);
            }
            long[] pairs = timed[entry] == null ? new long[3] : timed[entry];
            int count = (int) pairs[0];
            if (1 + 2 * count + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, 1 + 4 * count + 2);
            }
            pairs[1 + 2 * count] = mask;
            pairs[2 + 2 * count] = expiresAt;
            pairs[0] = count + 1;
            timed[entry] = pairs;
        }

        boolean hasTimed(int entry) {
            return timed != null && entry < timed.length && timed[entry] != null;
        }

        /** Whether the entry holds a role numbered 32 or more, at any time. */
        boolean wide(int entry) {
            long roles = permanent[entry];
            if (hasTimed(entry)) {
                long[] pairs = timed[entry];
                for (int i = 0; i < pairs[0]; i++) {
                    roles |= pairs[1 + 2 * i];
                }
            }
            return roles >>> 32 != 0L;
        }

        /** The longs the entry takes in {@link UserRows}' side array: a wide entry's marks, then its timed grants. */
        int sideSize(int entry) {
            return (wide(entry) ? 1 : 0) + (hasTimed(entry) ? 1 + 2 * (int) timed[entry][0] : 0);
        }
    }
}
