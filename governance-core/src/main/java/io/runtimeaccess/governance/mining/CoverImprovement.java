package io.runtimeaccess.governance.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Local search after the greedy cover, for a cover the lower bound does not prove minimal. The greedy takes the
 * role covering the most at each step, and on a matrix where most users hold several overlapping roles it can
 * cut one natural role into pieces that later roles must patch. Destroy and repair undoes that: remove a role
 * and the two roles sharing the most users with it (every other round, the most permissions: the pieces of one
 * role share its permissions, not its users), cover what they alone covered again, greedily, from maximal
 * roles around it (each removed role, and the closures of the uncovered permissions' holders and of the
 * uncovered users' permissions), and keep the result if it has no more roles than were removed. Equal-sized
 * repairs are kept too, so the search can walk across plateaus. Seeded, so a run is repeatable.
 */
final class CoverImprovement {

    /** Rounds per role of the greedy cover: enough to revisit every role many times. */
    static final int ROUNDS_PER_ROLE = 20;
    /** Bounds the memory: one count per cell of the merged matrix (64 MB); larger ones keep the greedy cover. */
    static final long MAX_CELLS = 16L << 20;
    /** Bounds the time on a large matrix. */
    static final int MAX_ROUNDS = 2000;
    private static final int REMOVED = 3;
    private static final long SEED = 1;

    private final long[][] rows;
    private final long[][] cols;
    private final int[][] coveredBy;
    private final long[] everyUser;
    private final long[] everyPermission;
    private final List<CoverSearch.Biclique> roles;

    private CoverImprovement(long[][] rows, long[][] cols, List<CoverSearch.Biclique> roles) {
        this.rows = rows;
        this.cols = cols;
        this.roles = new ArrayList<>(roles);
        this.coveredBy = new int[rows.length][cols.length];
        this.everyUser = Bits.all(rows.length);
        this.everyPermission = Bits.all(cols.length);
        for (CoverSearch.Biclique role : roles) {
            count(role, 1);
        }
    }

    /** A cover of the same matrix with at most as many roles; {@code roles} as is if minimal or too large to count. */
    static List<CoverSearch.Biclique> improve(long[][] rows, long[][] cols, List<CoverSearch.Biclique> roles,
            int lowerBound) {
        if (roles.size() <= lowerBound || roles.size() < 2 || (long) rows.length * cols.length > MAX_CELLS) {
            return roles;
        }
        CoverImprovement search = new CoverImprovement(rows, cols, roles);
        SplittableRandom random = new SplittableRandom(SEED);
        int rounds = Math.min(MAX_ROUNDS, ROUNDS_PER_ROLE * roles.size());
        for (int round = 0; round < rounds && search.roles.size() > lowerBound; round++) {
            search.round(random.nextInt(search.roles.size()), round % 2 == 0);
        }
        return Redundancy.withoutRedundantRoles(search.roles, rows.length, cols.length);
    }

    private void round(int seedRole, boolean byUsers) {
        List<CoverSearch.Biclique> removed = neighbourhood(seedRole, byUsers);
        for (CoverSearch.Biclique role : removed) {
            count(role, -1);
        }
        List<CoverSearch.Biclique> repair = repair(removed, uncoveredBy(removed));
        if (repair.size() <= removed.size()) {
            roles.removeIf(role -> removed.stream().anyMatch(r -> r == role));
            roles.addAll(repair);
            repair.forEach(role -> count(role, 1));
        } else {
            removed.forEach(role -> count(role, 1));
        }
    }

    /** The role and the {@value #REMOVED} - 1 others sharing the most users (or permissions) with it. */
    private List<CoverSearch.Biclique> neighbourhood(int seedRole, boolean byUsers) {
        CoverSearch.Biclique seed = roles.get(seedRole);
        List<CoverSearch.Biclique> removed = new ArrayList<>(List.of(seed));
        while (removed.size() < Math.min(REMOVED, roles.size())) {
            CoverSearch.Biclique best = null;
            int bestShared = -1;
            for (CoverSearch.Biclique role : roles) {
                int shared = byUsers ? Bits.andCardinality(role.users(), seed.users())
                        : Bits.andCardinality(role.permissions(), seed.permissions());
                if (shared > bestShared && removed.stream().noneMatch(r -> r == role)) {
                    best = role;
                    bestShared = shared;
                }
            }
            removed.add(best);
        }
        return removed;
    }

    /** Per user, the assignments of the removed roles no remaining role covers. */
    private long[][] uncoveredBy(List<CoverSearch.Biclique> removed) {
        long[][] uncovered = new long[rows.length][];
        for (CoverSearch.Biclique role : removed) {
            for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
                for (int p = Bits.next(role.permissions(), 0); p >= 0; p = Bits.next(role.permissions(), p + 1)) {
                    if (coveredBy[u][p] == 0) {
                        if (uncovered[u] == null) {
                            uncovered[u] = new long[rows[u].length];
                        }
                        Bits.set(uncovered[u], p);
                    }
                }
            }
        }
        return uncovered;
    }

    /** Covers {@code uncovered} greedily from maximal roles around it; it is emptied on the way. */
    private List<CoverSearch.Biclique> repair(List<CoverSearch.Biclique> removed, long[][] uncovered) {
        List<CoverSearch.Biclique> candidates = candidates(removed, uncovered);
        List<CoverSearch.Biclique> repair = new ArrayList<>();
        while (true) {
            CoverSearch.Biclique best = null;
            int bestGain = 0;
            for (CoverSearch.Biclique candidate : candidates) {
                int gain = gain(candidate, uncovered);
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            if (best == null) {
                return repair;
            }
            repair.add(best);
            for (int u = Bits.next(best.users(), 0); u >= 0; u = Bits.next(best.users(), u + 1)) {
                if (uncovered[u] != null) {
                    Bits.andNotInPlace(uncovered[u], best.permissions());
                }
            }
        }
    }

    private List<CoverSearch.Biclique> candidates(List<CoverSearch.Biclique> removed, long[][] uncovered) {
        List<CoverSearch.Biclique> candidates = new ArrayList<>();
        for (CoverSearch.Biclique role : removed) {
            candidates.add(rowClosure(role.permissions()));
        }
        long[] permissions = new long[(cols.length + 63) >>> 6];
        for (int u = 0; u < uncovered.length; u++) {
            if (uncovered[u] != null && !Bits.isEmpty(uncovered[u])) {
                candidates.add(rowClosure(rows[u]));
                Bits.orInPlace(permissions, uncovered[u]);
            }
        }
        for (int p = Bits.next(permissions, 0); p >= 0; p = Bits.next(permissions, p + 1)) {
            candidates.add(columnClosure(p));
        }
        return candidates;
    }

    /** {@code permissions} × every user holding all of them. */
    private CoverSearch.Biclique rowClosure(long[] permissions) {
        return new CoverSearch.Biclique(permissions.clone(), Bits.andOf(cols, permissions, everyUser));
    }

    /** holders(p) × every permission all of them hold. */
    private CoverSearch.Biclique columnClosure(int p) {
        return new CoverSearch.Biclique(Bits.andOf(rows, cols[p], everyPermission), cols[p].clone());
    }

    private static int gain(CoverSearch.Biclique role, long[][] uncovered) {
        int gain = 0;
        for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
            if (uncovered[u] != null) {
                gain += Bits.andCardinality(uncovered[u], role.permissions());
            }
        }
        return gain;
    }

    private void count(CoverSearch.Biclique role, int delta) {
        for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
            for (int p = Bits.next(role.permissions(), 0); p >= 0; p = Bits.next(role.permissions(), p + 1)) {
                coveredBy[u][p] += delta;
            }
        }
    }
}
