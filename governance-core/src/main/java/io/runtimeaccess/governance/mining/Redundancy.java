package io.runtimeaccess.governance.mining;

import java.util.ArrayList;
import java.util.List;

/** Drops roles whose every assignment other roles cover too, smallest roles first. */
final class Redundancy {

    private Redundancy() {
    }

    static List<CoverSearch.Biclique> withoutRedundantRoles(List<CoverSearch.Biclique> roles, int users,
            int permissions) {
        int[][] coveredBy = new int[users][permissions];
        for (CoverSearch.Biclique role : roles) {
            add(coveredBy, role, 1);
        }
        List<CoverSearch.Biclique> bySize = new ArrayList<>(roles);
        bySize.sort((a, b) -> Long.compare(size(a), size(b)));
        List<CoverSearch.Biclique> dropped = new ArrayList<>();
        for (CoverSearch.Biclique role : bySize) {
            if (coveredElsewhere(coveredBy, role)) {
                add(coveredBy, role, -1);
                dropped.add(role);
            }
        }
        List<CoverSearch.Biclique> kept = new ArrayList<>(roles);
        kept.removeIf(role -> dropped.stream().anyMatch(d -> d == role));
        return kept;
    }

    private static long size(CoverSearch.Biclique role) {
        return (long) Bits.cardinality(role.users()) * Bits.cardinality(role.permissions());
    }

    private static boolean coveredElsewhere(int[][] coveredBy, CoverSearch.Biclique role) {
        for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
            for (int p = Bits.next(role.permissions(), 0); p >= 0; p = Bits.next(role.permissions(), p + 1)) {
                if (coveredBy[u][p] < 2) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void add(int[][] coveredBy, CoverSearch.Biclique role, int delta) {
        for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
            for (int p = Bits.next(role.permissions(), 0); p >= 0; p = Bits.next(role.permissions(), p + 1)) {
                coveredBy[u][p] += delta;
            }
        }
    }
}
