package io.runtimeaccess.governance.recommend;

import java.util.Arrays;

/**
 * Scores every permission a held set lacks on {@link Feature}s, from a {@link PeerIndex}. One instance is a
 * reusable workspace (arrays sized by users and permissions, reset after each call), so scoring a whole realm
 * allocates nothing per user or per pair; it is not thread-safe.
 *
 * <p>Neighbours are found through the inverted index: only users sharing at least one held permission are
 * touched. A permission held by more than {@link #SCAN_CAP} users is scanned with a fixed stride, which bounds the
 * work per user on very large realms at the price of sampling the holders of the most common items.
 */
final class PeerScorer {

    static final int NEAR = 10;
    static final int WIDE = 40;
    static final int SUPERSET_CAP = 256;
    static final int SCAN_CAP = 4096;
    static final int POPULAR_FALLBACK = 20;

    private final PeerIndex index;
    private final boolean[] recommendable;
    private final Similarity similarity;
    private final int[] popular;
    private final int[] overlap;
    private final int[] touched;
    private final int[] heldStamp;
    private final int[] candidateStamp;
    private int generation;
    private final double[][] features = new double[Feature.COUNT][];
    private final int[] peerHolders;
    private final int[] antecedent;
    private final int[] candidates;
    private int candidateCount;
    private final TopNeighbours top = new TopNeighbours(WIDE);
    /** light and heavy {@link ItemRegression}, or none on a matrix too large for them */
    private final ItemRegression[] regressions;

    PeerScorer(PeerIndex index, boolean[] recommendable, Similarity similarity, ItemRegression[] regressions) {
        this.index = index;
        this.regressions = regressions;
        this.recommendable = recommendable;
        this.similarity = similarity;
        int permissions = index.permissions();
        this.overlap = new int[index.users()];
        this.touched = new int[index.users()];
        this.heldStamp = new int[permissions];
        this.candidateStamp = new int[permissions];
        for (int f = 0; f < Feature.COUNT; f++) {
            features[f] = new double[permissions];
        }
        this.peerHolders = new int[permissions];
        this.antecedent = new int[permissions];
        this.candidates = new int[permissions];
        this.popular = mostPopular(index, recommendable);
    }

    /**
     * Scores the recommendable permissions not in {@code held} for a user holding {@code held} ({@code self} is
     * that user's row in the matrix, left out of its own peers, or -1). Returns the number of candidates.
     */
    int score(int[] held, int self) {
        clearPrevious();
        generation++;
        for (int q : held) {
            heldStamp[q] = generation;
        }
        int touchedCount = countOverlaps(held, self);
        int maxOverlap = selectNeighbours(held.length, touchedCount);
        scoreNeighbours();
        scoreSupersets(touchedCount, maxOverlap);
        scoreCooccurrence(held, self >= 0);
        for (int p : popular) {
            addCandidate(p);
        }
        if (regressions.length == 2) {
            regressions[0].score(held, candidates, candidateCount, features[Feature.REGRESSION_LIGHT.ordinal()]);
            regressions[1].score(held, candidates, candidateCount, features[Feature.REGRESSION_HEAVY.ordinal()]);
        }
        double users = Math.max(1, index.users());
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            features[Feature.POPULARITY.ordinal()][p] = index.holderCount(p) / users;
        }
        for (int i = 0; i < touchedCount; i++) {
            overlap[touched[i]] = 0;
        }
        return candidateCount;
    }

    int candidate(int i) {
        return candidates[i];
    }

    double feature(Feature feature, int permission) {
        return features[feature.ordinal()][permission];
    }

    /** How many of the {@link #neighbourCount()} closest peers hold the candidate. */
    int peerHolders(int permission) {
        return peerHolders[permission];
    }

    /** The held permission whose holders most often hold the candidate too, or -1. */
    int antecedent(int permission) {
        return features[Feature.COND_MAX.ordinal()][permission] > 0 ? antecedent[permission] : -1;
    }

    int neighbourCount() {
        return top.size();
    }

    int neighbour(int i) {
        return top.user(i);
    }

    double neighbourSimilarity(int i) {
        return top.similarity(i);
    }

    private void clearPrevious() {
        for (int i = 0; i < candidateCount; i++) {
            int p = candidates[i];
            for (double[] values : features) {
                values[p] = 0;
            }
            peerHolders[p] = 0;
        }
        candidateCount = 0;
    }

    private void addCandidate(int p) {
        if (candidateStamp[p] != generation && heldStamp[p] != generation && recommendable[p]) {
            candidateStamp[p] = generation;
            candidates[candidateCount++] = p;
        }
    }

    private boolean isCandidate(int p) {
        return candidateStamp[p] == generation;
    }

    private int countOverlaps(int[] held, int self) {
        int count = 0;
        for (int q : held) {
            int[] users = index.holders[q];
            int step = Math.max(1, users.length / SCAN_CAP);
            for (int i = 0; i < users.length; i += step) {
                int v = users[i];
                if (v != self && overlap[v]++ == 0) {
                    touched[count++] = v;
                }
            }
        }
        return count;
    }

    /** Keeps the {@link #WIDE} most similar users, most similar first; returns the largest overlap. */
    private int selectNeighbours(int heldCount, int touchedCount) {
        top.clear();
        int maxOverlap = 0;
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            maxOverlap = Math.max(maxOverlap, overlap[v]);
            double sim = similarity.of(overlap[v], heldCount, index.matrix.permissionsOf(v).length);
            top.offer(v, sim);
        }
        top.sort();
        return maxOverlap;
    }

    private void scoreNeighbours() {
        double nearTotal = 0;
        double wideTotal = 0;
        double sharpTotal = 0;
        for (int i = 0; i < top.size(); i++) {
            double sim = top.similarity(i);
            double sharp = sim * sim * sim;
            wideTotal += sim;
            sharpTotal += sharp;
            nearTotal += i < NEAR ? sim : 0;
            for (int p : index.matrix.permissionsOf(top.user(i))) {
                addCandidate(p);
                if (isCandidate(p)) {
                    if (i < NEAR) {
                        features[Feature.KNN_NEAR.ordinal()][p] += sim;
                    }
                    features[Feature.KNN_WIDE.ordinal()][p] += sim;
                    features[Feature.KNN_SHARP.ordinal()][p] += sharp;
                    peerHolders[p]++;
                }
            }
        }
        normalize(Feature.KNN_NEAR, nearTotal);
        normalize(Feature.KNN_WIDE, wideTotal);
        normalize(Feature.KNN_SHARP, sharpTotal);
    }

    /** The share of users holding the most of the held set (all of it when some hold a superset) holding each candidate. */
    private void scoreSupersets(int touchedCount, int maxOverlap) {
        int supersets = 0;
        for (int i = 0; i < touchedCount && supersets < SUPERSET_CAP; i++) {
            int v = touched[i];
            if (overlap[v] == maxOverlap) {
                supersets++;
                for (int p : index.matrix.permissionsOf(v)) {
                    addCandidate(p);
                    if (isCandidate(p)) {
                        features[Feature.SUPERSET.ordinal()][p] += 1;
                    }
                }
            }
        }
        normalize(Feature.SUPERSET, supersets);
    }

    private void scoreCooccurrence(int[] held, boolean selfCounted) {
        double[] completionMax = features[Feature.COMPLETION_MAX.ordinal()];
        double[] completionMean = features[Feature.COMPLETION_MEAN.ordinal()];
        double[] mean = features[Feature.COND_MEAN.ordinal()];
        double[] max = features[Feature.COND_MAX.ordinal()];
        double[] cosine = features[Feature.ITEM_COSINE.ordinal()];
        for (int q : held) {
            int[] together = index.coPermissions[q];
            int[] counts = index.coCounts[q];
            double holders = index.holderCount(q);
            // holders of q with this user among them, whether or not the matrix has the user's row
            double holdersWithSelf = holders + (selfCounted ? 0 : 1);
            for (int j = 0; j < together.length; j++) {
                int p = together[j];
                addCandidate(p);
                if (!isCandidate(p)) {
                    continue;
                }
                double completion = (counts[j] + 1) / (index.holderCount(p) + holdersWithSelf - counts[j]);
                completionMean[p] += completion;
                completionMax[p] = Math.max(completionMax[p], completion);
                mean[p] += counts[j] / holders;
                cosine[p] += counts[j] / Math.sqrt(holders * index.holderCount(p));
                // one more holder in the denominator: a rule seen once is weaker than one seen ten times
                double rule = counts[j] / (holders + 1);
                if (rule > max[p]) {
                    max[p] = rule;
                    antecedent[p] = q;
                }
            }
        }
        normalize(Feature.COND_MEAN, held.length);
        normalize(Feature.COMPLETION_MEAN, held.length);
        normalize(Feature.ITEM_COSINE, held.length);
    }

    private void normalize(Feature feature, double total) {
        if (total <= 0) {
            return;
        }
        double[] values = features[feature.ordinal()];
        for (int i = 0; i < candidateCount; i++) {
            values[candidates[i]] /= total;
        }
    }

    private static int[] mostPopular(PeerIndex index, boolean[] recommendable) {
        Integer[] order = new Integer[index.permissions()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : index.holderCount(b) != index.holderCount(a) ? Integer.compare(index.holderCount(b), index.holderCount(a))
                : Integer.compare(a, b));
        // a permission nobody holds is not popular: on a small matrix it would otherwise fill the fallback's places
        return Arrays.stream(order).mapToInt(Integer::intValue).filter(p -> recommendable[p] && index.holderCount(p) > 0)
                .limit(POPULAR_FALLBACK).toArray();
    }
}
