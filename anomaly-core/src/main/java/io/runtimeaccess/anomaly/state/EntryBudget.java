package io.runtimeaccess.anomaly.state;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * One cap on the entries of many {@link LruTable}s together: the same table of every realm's scorer, so
 * the memory of a process stays bounded however many realms it serves (each table's own cap still
 * applies). While the budget lasts, tables grow freely. Once it is used up, a table that needs a new
 * entry makes room itself, dropping its least recently used entry, if it holds at least its fair share
 * (the budget divided by the tables holding entries); otherwise the table holding the most gives up its
 * least recently used entry, so a busy realm cannot starve a new one.
 *
 * <p>Tables are held weakly: the entries of a table nobody uses any more (a realm removed, a state
 * replaced by a restore) stop counting once it is collected. Not thread-safe: the tables sharing a budget
 * must be used from one thread, as the scorers owning them are.
 */
public final class EntryBudget {

    private final int limit;
    private long used;
    /** Members holding at least one entry, so the fair share is O(1). */
    private int holders;
    private final ArrayList<Member> members = new ArrayList<>();
    /** Members at which {@link #join} next forgets collected tables, so a budget never at its cap stays small. */
    private int purgeAt = 64;
    /**
     * Admissions refused to a table at its share since collected tables were last looked for: at the cap the
     * survivors of a removed realm would otherwise stay capped by entries nobody holds.
     */
    private int refusedSincePurge;
    static final int PURGE_EVERY = 1_024;

    public EntryBudget(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    /** Entries counted now (tables already collected may count until the budget next runs short). */
    public long used() {
        return used;
    }

    Member join(LruTable<?> table) {
        if (members.size() >= purgeAt) {
            largestPurgingCollected(null);
            purgeAt = Math.max(64, 2 * members.size());
        }
        Member member = new Member(table);
        members.add(member);
        return member;
    }

    /** Tables sharing the budget (collected ones may count until the next purge). */
    int members() {
        return members.size();
    }

    /**
     * Before {@code requester} adds an entry: true if it may grow (room was made elsewhere if needed),
     * false if it must drop its own least recently used entry first.
     */
    boolean admit(Member requester) {
        if (used < limit) {
            return true;
        }
        if (requester.size > 0 && requester.size >= limit / Math.max(1, holders)) {
            // the usual case at the cap: a big table replaces its own oldest entry, in O(1); now and then the
            // collected tables are forgotten first, a walk over the members amortised over this many admissions
            if (++refusedSincePurge < PURGE_EVERY) {
                return false;
            }
            refusedSincePurge = 0;
            largestPurgingCollected(null);
            if (used < limit) {
                return true;
            }
            if (requester.size >= limit / Math.max(1, holders)) {
                return false;
            }
        }
        Member largest = largestPurgingCollected(requester);
        if (used < limit) {
            return true;
        }
        if (largest == null) {
            return requester.size == 0;
        }
        LruTable<?> table = largest.table.get();
        if (table != null) {
            table.dropOldest();
        }
        return true;
    }

    void added(Member member) {
        if (member.size++ == 0) {
            holders++;
        }
        used++;
    }

    void removed(Member member) {
        if (--member.size == 0) {
            holders--;
        }
        used--;
    }

    void cleared(Member member) {
        if (member.size > 0) {
            holders--;
        }
        used -= member.size;
        member.size = 0;
    }

    /** The member other than {@code except} with the most entries; forgets collected tables on the way. */
    private Member largestPurgingCollected(Member except) {
        Member largest = null;
        for (int i = members.size() - 1; i >= 0; i--) {
            Member member = members.get(i);
            if (member.table.get() == null) {
                cleared(member);
                members.set(i, members.get(members.size() - 1));
                members.remove(members.size() - 1);
            } else if (member != except && member.size > 0 && (largest == null || member.size > largest.size)) {
                largest = member;
            }
        }
        return largest;
    }

    /** A table's share of the budget: its entry count, and the table while it lives. */
    static final class Member {
        final WeakReference<LruTable<?>> table;
        int size;

        Member(LruTable<?> table) {
            this.table = new WeakReference<>(table);
        }
    }
}
