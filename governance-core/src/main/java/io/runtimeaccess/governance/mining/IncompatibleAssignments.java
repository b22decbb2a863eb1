package io.runtimeaccess.governance.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A lower bound on the number of roles: assignments (u1, p1) and (u2, p2) of different users and permissions are
 * incompatible when u1 lacks p2 or u2 lacks p1, since then no role can hold both; so a set of pairwise incompatible
 * assignments needs one role each. The set is grown greedily, least compatible assignments first, and regrown a
 * few times in a perturbed order with a fixed seed (the bound is deterministic).
 */
final class IncompatibleAssignments {

    private static final int RESTARTS = 24;
    private static final long WORK_BUDGET = 400_000_000L;
    /** Above this many (assignment × user) steps, the exact compatibility count gives way to a degree product. */
    private static final long COUNT_BUDGET = 50_000_000L;

    private IncompatibleAssignments() {
    }

    /** A lower bound on the roles needed to cover the {@code uncovered} assignments of the active users. */
    static int lowerBound(long[][] rows, long[][] uncovered, long[] activeUsers) {
        List<int[]> assignments = new ArrayList<>();
        for (int u = Bits.next(activeUsers, 0); u >= 0; u = Bits.next(activeUsers, u + 1)) {
            for (int p = Bits.next(uncovered[u], 0); p >= 0; p = Bits.next(uncovered[u], p + 1)) {
                assignments.add(new int[] {u, p});
            }
        }
        if (assignments.isEmpty()) {
            return 0;
        }
        long[] compatibility = compatibility(rows, uncovered, activeUsers, assignments);
        int[] order = byCompatibility(compatibility, new Random(1), 0);
        int best = grow(rows, assignments, order);
        Random random = new Random(1);
        long work = (long) assignments.size() * best;
        for (int restart = 0; restart < RESTARTS && work * (restart + 1) < WORK_BUDGET; restart++) {
            order = byCompatibility(compatibility, random, 1 + restart % 4);
            best = Math.max(best, grow(rows, assignments, order));
        }
        return best;
    }

    /** For each assignment, how many uncovered assignments could share a role with it. */
    private static long[] compatibility(long[][] rows, long[][] uncovered, long[] activeUsers,
            List<int[]> assignments) {
        long[] counts = new long[assignments.size()];
        if ((long) counts.length * Bits.cardinality(activeUsers) > COUNT_BUDGET) {
            return degreeProducts(rows, activeUsers, assignments);
        }
        for (int i = 0; i < counts.length; i++) {
            int u = assignments.get(i)[0];
            int p = assignments.get(i)[1];
            long count = 0;
            for (int v = Bits.next(activeUsers, 0); v >= 0; v = Bits.next(activeUsers, v + 1)) {
                if (Bits.get(rows[v], p)) {
                    count += Bits.andCardinality(uncovered[v], rows[u]);
                }
            }
            counts[i] = count;
        }
        return counts;
    }

    /** An upper estimate of compatibility, cheap on large kernels: (holders of p) × (permissions of u). */
    private static long[] degreeProducts(long[][] rows, long[] activeUsers, List<int[]> assignments) {
        int[] holders = new int[rows.length == 0 ? 0 : rows[0].length * 64];
        for (int v = Bits.next(activeUsers, 0); v >= 0; v = Bits.next(activeUsers, v + 1)) {
            for (int p = Bits.next(rows[v], 0); p >= 0; p = Bits.next(rows[v], p + 1)) {
                holders[p]++;
            }
        }
        long[] products = new long[assignments.size()];
        for (int i = 0; i < products.length; i++) {
            int[] assignment = assignments.get(i);
            products[i] = (long) holders[assignment[1]] * Bits.cardinality(rows[assignment[0]]);
        }
        return products;
    }

    /** Indices by compatibility, ascending; {@code noise} > 0 shuffles within a factor of (1 + noise/4). */
    private static int[] byCompatibility(long[] compatibility, Random random, int noise) {
        double[] keys = new double[compatibility.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = compatibility[i] * (1 + noise * random.nextDouble() / 4);
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : keys[a] != keys[b] ? Double.compare(keys[a], keys[b])
                : Integer.compare(a, b));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int grow(long[][] rows, List<int[]> assignments, int[] order) {
        List<int[]> chosen = new ArrayList<>();
        for (int index : order) {
            int[] candidate = assignments.get(index);
            if (incompatibleWithAll(rows, candidate, chosen)) {
                chosen.add(candidate);
            }
        }
        return chosen.size();
    }

    private static boolean incompatibleWithAll(long[][] rows, int[] candidate, List<int[]> chosen) {
        int u = candidate[0];
        int p = candidate[1];
        for (int[] other : chosen) {
            if (other[0] == u || other[1] == p
                    || (Bits.get(rows[u], other[1]) && Bits.get(rows[other[0]], p))) {
                return false;
            }
        }
        return true;
    }
}
