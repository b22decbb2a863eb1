package io.runtimeaccess.governance.recommend;

/**
 * User-kNN where sharing a rare permission says more than sharing one everybody holds: each permission weighs
 * log(users / holders) (inverse user frequency: Breese, Heckerman and Kadie, "Empirical analysis of predictive
 * algorithms for collaborative filtering", UAI 1998), two users' similarity is the cosine of their weighted rows,
 * and a candidate's score is the similarity-weighted share of the {@link PeerScorer#WIDE} most similar users
 * holding it. The plain kNN signals count every shared permission alike.
 *
 * <p>Neighbours are found like {@link PeerScorer}'s, through the inverted index with the same stride over
 * permissions held by more than {@link PeerScorer#SCAN_CAP} users, so a user costs the same again: the holders
 * scanned plus the permissions of the neighbours kept. Reuses a workspace of the user and permission counts: not
 * thread-safe.
 */
final class RarityNeighbours {

    private final PeerIndex index;
    /** log(users / holders) per permission: 0 for a permission everyone holds */
    private final double[] rarity;
    /** the length of each user's weighted row */
    private final double[] norms;
    private final double[] overlap;
    private final int[] touched;
    private final int[] touchedStamp;
    private int generation;
    private final double[] votes;
    private final TopNeighbours top = new TopNeighbours(PeerScorer.WIDE);

    RarityNeighbours(PeerIndex index) {
        this.index = index;
        this.rarity = new double[index.permissions()];
        for (int p = 0; p < rarity.length; p++) {
            rarity[p] = index.holderCount(p) == 0 ? 0 : Math.log(index.users() / (double) index.holderCount(p));
        }
        this.norms = new double[index.users()];
        for (int u = 0; u < norms.length; u++) {
            norms[u] = norm(index.matrix.permissionsOf(u));
        }
        this.overlap = new double[index.users()];
        this.touched = new int[index.users()];
        this.touchedStamp = new int[index.users()];
        this.votes = new double[index.permissions()];
    }

    /**
     * Writes into {@code out[p]} the score of each of the {@code count} candidates (the first {@code count} of
     * {@code candidates}) for someone holding {@code held}; {@code self} is their row, left out of their peers, or
     * -1. Every permission of a neighbour is held with a held permission, so it is a candidate already unless
     * it is held or not recommendable.
     */
    void score(int[] held, int self, int[] candidates, int count, double[] out) {
        int touchedCount = weighOverlaps(held, self);
        double heldNorm = norm(held);
        top.clear();
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            if (overlap[v] > 0 && heldNorm > 0 && norms[v] > 0) {
                top.offer(v, overlap[v] / (heldNorm * norms[v]));
            }
            overlap[v] = 0;
        }
        double total = 0;
        for (int i = 0; i < top.size(); i++) {
            total += top.similarity(i);
            for (int p : index.matrix.permissionsOf(top.user(i))) {
                votes[p] += top.similarity(i);
            }
        }
        for (int i = 0; i < count; i++) {
            int p = candidates[i];
            out[p] = total > 0 ? votes[p] / total : 0;
        }
        for (int i = 0; i < top.size(); i++) {
            for (int p : index.matrix.permissionsOf(top.user(i))) {
                votes[p] = 0;
            }
        }
    }

    /** The weighted overlap of the held set with every user sharing a permission; returns how many were touched. */
    private int weighOverlaps(int[] held, int self) {
        generation++;
        int count = 0;
        for (int q : held) {
            int[] users = index.holders[q];
            int step = Math.max(1, users.length / PeerScorer.SCAN_CAP);
            double weight = rarity[q] * rarity[q];
            for (int i = 0; i < users.length; i += step) {
                int v = users[i];
                if (v == self) {
                    continue;
                }
                if (touchedStamp[v] != generation) {
                    touchedStamp[v] = generation;
                    touched[count++] = v;
                }
                overlap[v] += weight;
            }
        }
        return count;
    }

    private double norm(int[] row) {
        double sum = 0;
        for (int p : row) {
            sum += rarity[p] * rarity[p];
        }
        return Math.sqrt(sum);
    }
}
