package io.runtimeaccess.requests.lifecycle;

import java.util.List;
import java.util.function.Function;

/**
 * Where the next run of a sweep starts, for a sweep that takes overdue rows a page at a time in a fixed order (oldest
 * first) and leaves a row it could not handle overdue for a later run. Always starting from the oldest, a page of rows
 * whose handling keeps failing (their user storage is down) would be taken again at every run and the rest would never
 * be reached. So the page after a full one starts after that page's last row, and a short page was the end: the next
 * run starts from the oldest again. Every overdue row is tried within one pass over the backlog, failing ones included.
 *
 * @param <P> a row's position in the sweep's order
 */
public final class SweepCursor<P> {

    private final int pageSize;
    private volatile P after;

    public SweepCursor(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one row");
        }
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The position the next page starts after, or null to start from the oldest. */
    public P after() {
        return after;
    }

    /** Records the page a run read, before it handles the rows: a failure while handling them moves on all the same. */
    public <T> void read(List<T> page, Function<T, P> position) {
        after = page.size() < pageSize ? null : position.apply(page.get(page.size() - 1));
    }
}
