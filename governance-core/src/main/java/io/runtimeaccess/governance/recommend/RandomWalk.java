package io.runtimeaccess.governance.recommend;

/**
 * A three-step random walk on the user-permission graph, user → held permission → another holder → that holder's
 * permission, each step uniform over the edges leaving the node (P3α with α = 1: Cooper et al., "Random walks in
 * recommender systems", WWW 2014). A permission the walk reaches often is one held by people who share the user's
 * rarer permissions: a rare held permission passes its whole weight to few holders, and a holder of few
 * permissions passes more to each. RP3β (Christoffel et al., "Blockbusters and wallflowers", RecSys 2015; Paudel et
 * al., TiiS 2017) divides the probability of reaching permission j by holders(j)^β, so that a permission reached
 * because everyone holds it counts less. Two fixed exponents, {@link #FLAT} and {@link #PENALISED}, are both
 * signals: the blend fitted per matrix decides how much each counts, rather than a β chosen for some data.
 *
 * <p>The walk is the sum over held q of {@link PeerIndex#coWalks}[q] / holders(q), so a user costs what the
 * co-occurrence signals cost already (the held permissions' co-occurrence rows), and the index pays the rest once.
 * Reuses a workspace of the permission count: not thread-safe.
 */
final class RandomWalk {

    /** No popularity penalty: the plain walk probability. */
    static final double FLAT = 0;
    /** Reaching a permission held by four times as many users counts half as much. */
    static final double PENALISED = 0.5;

    private final PeerIndex index;
    private final double[] reach;
    private final int[] reached;
    private final boolean[] seen;

    RandomWalk(PeerIndex index) {
        this.index = index;
        this.reach = new double[index.permissions()];
        this.reached = new int[index.permissions()];
        this.seen = new boolean[index.permissions()];
    }

    /**
     * Writes into {@code flat[p]} and {@code penalised[p]} the walk's score of each of the {@code count} candidates
     * (the first {@code count} of {@code candidates}) for someone holding {@code held}, each divided by its largest
     * over the candidates, so that both lie within 0..1.
     */
    void score(int[] held, int[] candidates, int count, double[] flat, double[] penalised) {
        int size = walk(held);
        double bestFlat = 0;
        double bestPenalised = 0;
        for (int i = 0; i < count; i++) {
            int p = candidates[i];
            flat[p] = penalise(p, FLAT);
            penalised[p] = penalise(p, PENALISED);
            bestFlat = Math.max(bestFlat, flat[p]);
            bestPenalised = Math.max(bestPenalised, penalised[p]);
        }
        for (int i = 0; i < count; i++) {
            int p = candidates[i];
            flat[p] = bestFlat > 0 ? flat[p] / bestFlat : 0;
            penalised[p] = bestPenalised > 0 ? penalised[p] / bestPenalised : 0;
        }
        for (int i = 0; i < size; i++) {
            reach[reached[i]] = 0;
            seen[reached[i]] = false;
        }
    }

    private double penalise(int p, double beta) {
        return reach[p] == 0 ? 0 : reach[p] / Math.pow(index.holderCount(p), beta);
    }

    /**
     * Accumulates, for every permission two steps from the held set, the probability of reaching it (up to the
     * factor 1 / held, the same for every candidate); returns how many permissions were reached.
     */
    private int walk(int[] held) {
        int size = 0;
        for (int q : held) {
            int[] together = index.coPermissions[q];
            double[] walks = index.coWalks[q];
            double first = 1.0 / Math.max(1, index.holderCount(q));
            for (int j = 0; j < together.length; j++) {
                int p = together[j];
                if (!seen[p]) {
                    seen[p] = true;
                    reached[size++] = p;
                }
                reach[p] += walks[j] * first;
            }
        }
        return size;
    }
}
