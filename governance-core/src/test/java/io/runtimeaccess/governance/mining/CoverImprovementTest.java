package io.runtimeaccess.governance.mining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverImprovementTest {

    @Test
    void aRoleTheGreedyCutIntoPiecesIsPutBackTogether() {
        // Users holding up to seven of 30 overlapping roles: the greedy cover needs 31 roles where 30 do.
        long[][][] matrix = planted(new Random(40), 200, 100, 30, 7);
        CoverSearch.Outcome greedy = CoverSearch.cover(matrix[0], matrix[1]);
        assertEquals(31, greedy.roles().size());
        assertEquals(30, greedy.lowerBound());

        List<CoverSearch.Biclique> improved = CoverImprovement.improve(matrix[0], matrix[1], greedy.roles(),
                greedy.lowerBound());

        assertEquals(30, improved.size());
        assertExactCover(matrix[0], improved);
    }

    @Test
    void aCoverIsNeverMadeLargerAndStaysExact() {
        for (int seed = 1; seed <= 40; seed++) {
            long[][][] matrix = planted(new Random(seed), 60, 40, 12, 4);
            CoverSearch.Outcome greedy = CoverSearch.cover(matrix[0], matrix[1]);
            List<CoverSearch.Biclique> improved = CoverImprovement.improve(matrix[0], matrix[1], greedy.roles(),
                    greedy.lowerBound());
            assertTrue(improved.size() <= greedy.roles().size(), "seed " + seed);
            assertTrue(improved.size() >= greedy.lowerBound(), "seed " + seed);
            assertExactCover(matrix[0], improved);
        }
    }

    @Test
    void aCoverAtItsLowerBoundIsLeftAsItIs() {
        long[][][] matrix = planted(new Random(3), 60, 40, 12, 2);
        CoverSearch.Outcome greedy = CoverSearch.cover(matrix[0], matrix[1]);
        List<CoverSearch.Biclique> roles = greedy.roles();
        assertTrue(CoverImprovement.improve(matrix[0], matrix[1], roles, roles.size()) == roles);
    }

    /** Every role's users hold all its permissions, and the roles together give each user exactly its row. */
    private static void assertExactCover(long[][] rows, List<CoverSearch.Biclique> roles) {
        long[][] granted = new long[rows.length][];
        for (int u = 0; u < rows.length; u++) {
            granted[u] = new long[rows[u].length];
        }
        for (CoverSearch.Biclique role : roles) {
            for (int u = Bits.next(role.users(), 0); u >= 0; u = Bits.next(role.users(), u + 1)) {
                assertTrue(Bits.containsAll(rows[u], role.permissions()), "a role grants user " + u + " too much");
                Bits.orInPlace(granted[u], role.permissions());
            }
        }
        for (int u = 0; u < rows.length; u++) {
            assertTrue(java.util.Arrays.equals(rows[u], granted[u]), "user " + u + " is not covered exactly");
        }
    }

    /** Users each take 1 to {@code perUser} of {@code roles} random roles of 3 to 8 permissions; rows and columns. */
    static long[][][] planted(Random random, int users, int permissions, int roles, int perUser) {
        List<BitSet> planted = new ArrayList<>();
        for (int r = 0; r < roles; r++) {
            BitSet role = new BitSet();
            int size = 3 + random.nextInt(6);
            while (role.cardinality() < size) {
                role.set(random.nextInt(permissions));
            }
            planted.add(role);
        }
        long[][] rows = new long[users][];
        BitSet[] cols = new BitSet[permissions];
        for (int p = 0; p < permissions; p++) {
            cols[p] = new BitSet();
        }
        for (int u = 0; u < users; u++) {
            BitSet row = new BitSet();
            int count = 1 + random.nextInt(perUser);
            for (int k = 0; k < count; k++) {
                row.or(planted.get(random.nextInt(roles)));
            }
            rows[u] = Bits.of(row, permissions);
            for (int p = row.nextSetBit(0); p >= 0; p = row.nextSetBit(p + 1)) {
                cols[p].set(u);
            }
        }
        long[][] columns = new long[permissions][];
        for (int p = 0; p < permissions; p++) {
            columns[p] = Bits.of(cols[p], users);
        }
        return new long[][][] {rows, columns};
    }
}
