package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.SplittableRandom;

/**
 * Chooses the {@link Blend} and {@link Calibration} for one matrix from the matrix alone: hides one permission of
 * sampled users (an inner leave-one-out), scores them on what is left, picks the weights ranking the hidden
 * permission best (hit rate in the top five, then reciprocal rank) by a deterministic local search over the
 * simplex, and maps the chosen blend's scores of the top five to observed hit rates.
 */
final class BlendFitter {

    static final int TOP = 5;
    static final int TARGET_CASES = 3000;
    static final int MAX_REPEATS = 40;
    /**
     * Share of users hiding a permission in one inner round: the inner training matrix should look like the outer
     * one, which lacks one permission per user, not two.
     */
    private static final double SHARE_PER_REPEAT = 0.25;
    private static final double MRR_WEIGHT = 0.3;
    private static final double[] STEPS = {0.25, 0.1, 0.05, 0.02};

    /** What fitting found: the blend, its calibration, and how it did on the inner cases. */
    record Fit(Similarity similarity, Blend blend, RankCalibration calibration, int cases, double innerHitRate) {
    }

    private BlendFitter() {
    }

    /**
     * @param alreadyMissing permissions each row already lacks at random: 0 for a realm, 1 when an evaluation
     *                       hid one per user before fitting (see {@link RankCalibration#factors})
     */
    static Fit fit(AssignmentMatrix matrix, boolean[] recommendable, long seed, int alreadyMissing) {
        Similarity[] similarities = Similarity.values();
        // both similarities are judged on the same hidden permissions
        HeldOutCases[] cases = drawCases(matrix, recommendable, seed, similarities);
        Fit best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < similarities.length; s++) {
            if (cases[s].cases() == 0) {
                return new Fit(similarities[s], Blend.only(Feature.POPULARITY), RankCalibration.constant(0), 0, 0);
            }
            Blend blend = search(cases[s]);
            double value = objective(cases[s], blend);
            if (value > bestValue) {
                bestValue = value;
                best = new Fit(similarities[s], blend, calibrate(cases[s], blend, alreadyMissing), cases[s].cases(),
                        hitRate(cases[s], blend));
            }
        }
        return best;
    }

    /** One set of cases per similarity; each inner round's index and regressions are built once for all. */
    private static HeldOutCases[] drawCases(AssignmentMatrix matrix, boolean[] recommendable, long seed,
            Similarity[] similarities) {
        int[] eligible = eligibleUsers(matrix, recommendable);
        HeldOutCases[] cases = new HeldOutCases[similarities.length];
        for (int s = 0; s < cases.length; s++) {
            cases[s] = new HeldOutCases();
        }
        if (eligible.length == 0) {
            return cases;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int perRepeat = Math.min(TARGET_CASES, (int) Math.ceil(eligible.length * SHARE_PER_REPEAT));
        int repeats = Math.min(MAX_REPEATS, (TARGET_CASES + perRepeat - 1) / perRepeat);
        double[] scratch = new double[matrix.permissions()];
        for (int repeat = 0; repeat < repeats; repeat++) {
            shuffle(eligible, random);
            int[][] rows = new int[matrix.users()][];
            int[] hidden = new int[perRepeat];
            for (int u = 0; u < rows.length; u++) {
                rows[u] = matrix.permissionsOf(u);
            }
            for (int i = 0; i < perRepeat; i++) {
                int user = eligible[i];
                hidden[i] = pickRecommendable(rows[user], recommendable, random);
                rows[user] = without(rows[user], hidden[i]);
            }
            PeerIndex index = new PeerIndex(new AssignmentMatrix(names(rows.length), names(matrix.permissions()), rows));
            ItemRegression[] regressions = ItemRegression.both(index);
            for (int s = 0; s < similarities.length; s++) {
                PeerScorer scorer = new PeerScorer(index, recommendable, similarities[s], regressions);
                for (int i = 0; i < perRepeat; i++) {
                    int user = eligible[i];
                    int count = scorer.score(index.matrix.permissionsOf(user), user);
                    cases[s].add(scorer, count, hidden[i], scratch);
                }
            }
        }
        return cases;
    }

    /** Users with at least two permissions, one of them recommendable (something to hide, something left). */
    static int[] eligibleUsers(AssignmentMatrix matrix, boolean[] recommendable) {
        return java.util.stream.IntStream.range(0, matrix.users())
                .filter(u -> matrix.permissionsOf(u).length >= 2
                        && java.util.Arrays.stream(matrix.permissionsOf(u)).anyMatch(p -> recommendable[p]))
                .toArray();
    }

    static int pickRecommendable(int[] row, boolean[] recommendable, SplittableRandom random) {
        int count = 0;
        for (int p : row) {
            count += recommendable[p] ? 1 : 0;
        }
        int pick = random.nextInt(count);
        for (int p : row) {
            if (recommendable[p] && pick-- == 0) {
                return p;
            }
        }
        throw new IllegalStateException("no recommendable permission");
    }

    static int[] without(int[] row, int permission) {
        int[] rest = new int[row.length - 1];
        int at = 0;
        for (int p : row) {
            if (p != permission) {
                rest[at++] = p;
            }
        }
        return rest;
    }

    private static String[] names(int count) {
        String[] names = new String[count];
        java.util.Arrays.fill(names, "");
        return names;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int value = values[i];
            values[i] = values[j];
            values[j] = value;
        }
    }

    /** Starts from the uniform blend and each single feature, then moves weight between pairs while it helps. */
    private static Blend search(HeldOutCases cases) {
        Blend best = Blend.uniform();
        double bestValue = objective(cases, best);
        for (Feature feature : Feature.values()) {
            Blend single = Blend.only(feature);
            double value = objective(cases, single);
            if (value > bestValue) {
                best = single;
                bestValue = value;
            }
        }
        double[] weights = best.weights();
        for (double step : STEPS) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int from = 0; from < Feature.COUNT; from++) {
                    for (int to = 0; to < Feature.COUNT; to++) {
                        if (from == to || weights[from] < step - 1e-12) {
                            continue;
                        }
                        weights[from] -= step;
                        weights[to] += step;
                        double value = objective(cases, new Blend(weights));
                        if (value > bestValue + 1e-12) {
                            bestValue = value;
                            improved = true;
                        } else {
                            weights[from] += step;
                            weights[to] -= step;
                        }
                    }
                }
            }
        }
        return new Blend(weights);
    }

    /** Where the hidden permission ranks among the case's kept candidates under the blend (1 = first), or 0. */
    static int rankOfHidden(HeldOutCases cases, int c, Blend blend) {
        int hidden = cases.hidden(c);
        if (hidden < 0) {
            return 0;
        }
        double[] values = cases.values();
        int offset = cases.offset(c);
        double target = blend.score(values, offset + hidden * Feature.COUNT);
        int rank = 1;
        for (int i = 0; i < cases.candidates(c); i++) {
            if (i != hidden && blend.score(values, offset + i * Feature.COUNT) >= target) {
                rank++;
            }
        }
        return rank;
    }

    private static double objective(HeldOutCases cases, Blend blend) {
        double total = 0;
        for (int c = 0; c < cases.cases(); c++) {
            int rank = rankOfHidden(cases, c, blend);
            if (rank > 0) {
                total += (rank <= TOP ? 1 : 0) + MRR_WEIGHT / rank;
            }
        }
        return total / cases.cases();
    }

    private static double hitRate(HeldOutCases cases, Blend blend) {
        int hits = 0;
        for (int c = 0; c < cases.cases(); c++) {
            int rank = rankOfHidden(cases, c, blend);
            hits += rank > 0 && rank <= TOP ? 1 : 0;
        }
        return hits / (double) cases.cases();
    }

    /**
     * Fits one score-to-probability map per rank of the top five under the chosen blend: the same score means
     * more at rank 1 than at rank 3, where better candidates are already ahead of it.
     */
    private static RankCalibration calibrate(HeldOutCases cases, Blend blend, int alreadyMissing) {
        double[][] scores = new double[TOP][cases.cases()];
        boolean[][] hits = new boolean[TOP][cases.cases()];
        int[] counts = new int[TOP];
        double[] topScores = new double[TOP + 1];
        int[] topIndex = new int[TOP + 1];
        double[] rates = new double[TOP + 1];
        for (int c = 0; c < cases.cases(); c++) {
            int n = topOf(cases, c, blend, topScores, topIndex);
            for (int i = 0; i < n; i++) {
                boolean hit = topIndex[i] == cases.hidden(c);
                rates[i] += hit ? 1.0 / cases.cases() : 0;
                if (i < TOP) {
                    scores[i][counts[i]] = topScores[i];
                    hits[i][counts[i]++] = hit;
                }
            }
        }
        Calibration[] byRank = new Calibration[TOP];
        for (int r = 0; r < TOP; r++) {
            byRank[r] = Calibration.fit(scores[r], hits[r], counts[r]);
        }
        return new RankCalibration(byRank, RankCalibration.factors(rates, alreadyMissing));
    }

    private static int topOf(HeldOutCases cases, int c, Blend blend, double[] topScores, int[] topIndex) {
        int size = topScores.length;
        int n = 0;
        int offset = cases.offset(c);
        for (int i = 0; i < cases.candidates(c); i++) {
            double score = blend.score(cases.values(), offset + i * Feature.COUNT);
            int at = n < size ? n++ : size;
            if (at == size && score <= topScores[size - 1]) {
                continue;
            }
            at = Math.min(at, size - 1);
            while (at > 0 && topScores[at - 1] < score) {
                topScores[at] = topScores[at - 1];
                topIndex[at] = topIndex[at - 1];
                at--;
            }
            topScores[at] = score;
            topIndex[at] = i;
        }
        return n;
    }
}
