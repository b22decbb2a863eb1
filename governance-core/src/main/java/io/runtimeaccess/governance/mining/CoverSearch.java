package io.runtimeaccess.governance.mining;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * An exact cover of a bipartite user-permission graph by bicliques (roles), after Ene et al., "Fast exact and
 * heuristic methods for role minimization problems" (SACMAT 2008):
 * <ol>
 *   <li><b>Forced roles.</b> If every holder of permission p holds all permissions of user u (one of them), the
 *   only maximal role covering (u, p) is holders(p) × permissions(u), so some minimum cover contains it. It is
 *   taken, and users and permissions whose every assignment is covered are set aside (a role never needs them).
 *   This repeats until nothing is forced; what is left is the kernel.</li>
 *   <li><b>Greedy on the kernel.</b> Candidate roles are the kernel users' permission sets, their pairwise
 *   intersections and, per permission, what all its holders share (where users hold several overlapping roles,
 *   that is often the role the permission comes from, which no pair of users shows alone); the one covering the
 *   most uncovered assignments is taken (lazily re-scored: a candidate's gain only shrinks), then forced roles
 *   are looked for again.</li>
 *   <li><b>Clean-up.</b> A role whose every assignment another role also covers is dropped.</li>
 * </ol>
 * Every role is a set of permissions all its users hold, so the cover never grants more than the matrix.
 */
final class CoverSearch {

    /** A role: {@code users} × {@code permissions}, both as bit sets over compact ids. */
    record Biclique(long[] permissions, long[] users) {
    }

    /** The roles found, how many of them were forced, and a lower bound on any exact cover's size. */
    record Outcome(List<Biclique> roles, int lowerBound) {
    }

    /** Kernels up to this many users get every pairwise intersection as a candidate. */
    private static final int ALL_PAIRS_UP_TO = 400;
    /** Above that, each user is intersected with this many most similar users. */
    private static final int PARTNERS = 40;

    private final long[][] rows;
    private final long[][] cols;
    private final long[][] uncovered;
    private final long[] activeUsers;
    private final long[] activePermissions;
    private final List<Biclique> roles = new ArrayList<>();

    private CoverSearch(long[][] rows, long[][] cols) {
        this.rows = rows;
        this.cols = cols;
        this.uncovered = new long[rows.length][];
        for (int u = 0; u < rows.length; u++) {
            uncovered[u] = rows[u].clone();
        }
        this.activeUsers = new long[(rows.length + 63) >>> 6];
        this.activePermissions = new long[(cols.length + 63) >>> 6];
        for (int u = 0; u < rows.length; u++) {
            Bits.set(activeUsers, u);
        }
        for (int p = 0; p < cols.length; p++) {
            Bits.set(activePermissions, p);
        }
    }

    /** Covers the graph whose user rows and permission columns are given (each the transpose of the other). */
    static Outcome cover(long[][] rows, long[][] cols) {
        CoverSearch search = new CoverSearch(rows, cols);
        search.takeForcedRoles();
        int forced = search.roles.size();
        int lowerBound = forced + IncompatibleAssignments.lowerBound(rows, search.uncovered, search.activeUsers);
        search.greedy();
        return new Outcome(Redundancy.withoutRedundantRoles(search.roles, rows.length, cols.length), lowerBound);
    }

    private void takeForcedRoles() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = Bits.next(activePermissions, 0); p >= 0; p = Bits.next(activePermissions, p + 1)) {
                changed |= takeForcedRole(p);
            }
            setAsideCovered();
        }
    }

    /** Takes holders(p) × (permissions every holder shares) if some holder with (u, p) uncovered has only those. */
    private boolean takeForcedRole(int p) {
        long[] holders = Bits.and(cols[p], activeUsers);
        long[] shared = sharedBy(holders);
        int sharedCount = Bits.cardinality(shared);
        for (int u = Bits.next(holders, 0); u >= 0; u = Bits.next(holders, u + 1)) {
            if (Bits.get(uncovered[u], p) && Bits.andCardinality(rows[u], activePermissions) == sharedCount) {
                take(new Biclique(shared, holders));
                return true;
            }
        }
        return false;
    }

    /** The active permissions every one of {@code users} holds. */
    private long[] sharedBy(long[] users) {
        return Bits.andOf(rows, users, activePermissions);
    }

    private void take(Biclique role) {
        roles.add(role);
        for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
            Bits.andNotInPlace(uncovered[u], role.permissions());
        }
    }

    /** Users and permissions with nothing left to cover leave the search: dropping them from a role loses nothing. */
    private void setAsideCovered() {
        long[] open = new long[activePermissions.length];
        for (int u = Bits.next(activeUsers, 0); u >= 0; u = Bits.next(activeUsers, u + 1)) {
            if (Bits.isEmpty(uncovered[u])) {
                Bits.clear(activeUsers, u);
            } else {
                Bits.orInPlace(open, uncovered[u]);
            }
        }
        Bits.andInPlace(activePermissions, open);
    }

    private void greedy() {
        if (Bits.isEmpty(activeUsers)) {
            return;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        int order = 0;
        for (long[] permissions : candidates()) {
            queue.add(new Candidate(permissions, gain(permissions), order++));
        }
        while (!queue.isEmpty() && !Bits.isEmpty(activeUsers)) {
            Candidate best = queue.poll();
            int gain = gain(best.permissions);
            if (gain == 0) {
                continue;
            }
            if (!queue.isEmpty() && gain < queue.peek().gain) {
                queue.add(new Candidate(best.permissions, gain, best.order));
                continue;
            }
            take(new Biclique(best.permissions, holdersOfAll(best.permissions)));
            setAsideCovered();
            takeForcedRoles();
        }
        coverLeftoversOneByOne();
    }

    /**
     * The kernel users' permission sets, their pairwise intersections and each kernel permission's shared set, each
     * once, in a stable order. A large kernel intersects each user only with the {@value #PARTNERS} users it shares
     * the most permissions with, which keeps the candidates linear in the kernel's size.
     */
    private List<long[]> candidates() {
        List<long[]> kernelRows = new ArrayList<>();
        for (int u = Bits.next(activeUsers, 0); u >= 0; u = Bits.next(activeUsers, u + 1)) {
            kernelRows.add(Bits.and(rows[u], activePermissions));
        }
        Set<java.util.BitSet> seen = new HashSet<>();
        List<long[]> candidates = new ArrayList<>();
        for (int i = 0; i < kernelRows.size(); i++) {
            addCandidate(kernelRows.get(i), seen, candidates);
            for (int j : partners(kernelRows, i)) {
                long[] common = Bits.and(kernelRows.get(i), kernelRows.get(j));
                if (!Bits.isEmpty(common)) {
                    addCandidate(common, seen, candidates);
                }
            }
        }
        for (int p = Bits.next(activePermissions, 0); p >= 0; p = Bits.next(activePermissions, p + 1)) {
            long[] shared = sharedBy(Bits.and(cols[p], activeUsers));
            if (!Bits.isEmpty(shared)) {
                addCandidate(shared, seen, candidates);
            }
        }
        return candidates;
    }

    private static int[] partners(List<long[]> kernelRows, int i) {
        int size = kernelRows.size();
        if (size <= ALL_PAIRS_UP_TO) {
            return java.util.stream.IntStream.range(i + 1, size).toArray();
        }
        long[] keyed = new long[size - 1];
        int n = 0;
        for (int j = 0; j < size; j++) {
            if (j != i) {
                // shared permissions in the high bits (descending), index in the low bits (stable ties)
                keyed[n++] = ((long) -Bits.andCardinality(kernelRows.get(i), kernelRows.get(j)) << 32) | j;
            }
        }
        java.util.Arrays.sort(keyed);
        int[] partners = new int[Math.min(PARTNERS, keyed.length)];
        for (int k = 0; k < partners.length; k++) {
            partners[k] = (int) keyed[k];
        }
        return partners;
    }

    private static void addCandidate(long[] permissions, Set<java.util.BitSet> seen, List<long[]> candidates) {
        if (seen.add(Bits.toBitSet(permissions))) {
            candidates.add(permissions);
        }
    }

    private long[] holdersOfAll(long[] permissions) {
        return Bits.andOf(cols, permissions, activeUsers);
    }

    /** Uncovered assignments the role {@code permissions} × (every active user holding them) would cover. */
    private int gain(long[] permissions) {
        int gain = 0;
        for (int u = Bits.next(activeUsers, 0); u >= 0; u = Bits.next(activeUsers, u + 1)) {
            if (Bits.containsAll(rows[u], permissions)) {
                gain += Bits.andCardinality(uncovered[u], permissions);
            }
        }
        return gain;
    }

    /** A safety net the candidates make unreachable in practice: each user's own uncovered permissions. */
    private void coverLeftoversOneByOne() {
        for (int u = Bits.next(activeUsers, 0); u >= 0; u = Bits.next(activeUsers, u + 1)) {
            if (!Bits.isEmpty(uncovered[u])) {
                long[] permissions = uncovered[u].clone();
                take(new Biclique(permissions, holdersOfAll(permissions)));
            }
        }
        setAsideCovered();
    }

    /** Highest gain first; among equals, the earlier candidate, so that runs are deterministic. */
    private record Candidate(long[] permissions, int gain, int order) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate other) {
            return gain != other.gain ? Integer.compare(other.gain, gain) : Integer.compare(order, other.order);
        }
    }
}
