package io.runtimeaccess.evaluation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankingTest {

    private static final double EPS = 1e-12;

    @Test
    void perfectRankingIsOne() {
        ScoreHistogram pos = ScoreHistogram.of(0.9, 0.8, 0.7);
        ScoreHistogram neg = ScoreHistogram.of(0.3, 0.2, 0.1, 0.0);
        assertEquals(1.0, Ranking.rocAuc(pos, neg), EPS);
        assertEquals(1.0, Ranking.averagePrecision(pos, neg), EPS);
        assertEquals(1.0, Ranking.recallAtFpr(pos, neg, 0.0).recall(), EPS);
        assertEquals(0.7, Ranking.recallAtFpr(pos, neg, 0.0).threshold(), EPS);
    }

    @Test
    void reversedRankingIsZero() {
        ScoreHistogram pos = ScoreHistogram.of(0.1, 0.2);
        ScoreHistogram neg = ScoreHistogram.of(0.8, 0.9);
        assertEquals(0.0, Ranking.rocAuc(pos, neg), EPS);
        assertEquals(0.0, Ranking.recallAtFpr(pos, neg, 0.01).recall(), EPS);
        // precision 1/3 when the first positive enters, 2/4 with the second: (1/3 + 1/2) / 2
        assertEquals((1.0 / 3 + 0.5) / 2, Ranking.averagePrecision(pos, neg), EPS);
    }

    @Test
    void allTiedIsOneHalf() {
        ScoreHistogram pos = ScoreHistogram.of(5, 5, 5);
        ScoreHistogram neg = ScoreHistogram.of(5, 5);
        assertEquals(0.5, Ranking.rocAuc(pos, neg), EPS);
        // one threshold: all five events at once, precision 3/5
        assertEquals(0.6, Ranking.averagePrecision(pos, neg), EPS);
        // any threshold that alerts a positive alerts every negative: nothing can be alerted at 50% FPR
        assertEquals(0.0, Ranking.recallAtFpr(pos, neg, 0.5).recall(), EPS);
        assertEquals(1.0, Ranking.recallAtFpr(pos, neg, 1.0).recall(), EPS);
    }

    @Test
    void handComputedMixedExample() {
        ScoreHistogram pos = ScoreHistogram.of(0.9, 0.4);
        ScoreHistogram neg = ScoreHistogram.of(0.8, 0.1);
        // pairs: 0.9>0.8, 0.9>0.1, 0.4<0.8, 0.4>0.1
        assertEquals(0.75, Ranking.rocAuc(pos, neg), EPS);
        // ranked 0.9 (P), 0.8 (N), 0.4 (P): AP = 0.5 * 1 + 0.5 * 2/3
        assertEquals(0.5 + 1.0 / 3, Ranking.averagePrecision(pos, neg), EPS);
        Ranking.Operating strict = Ranking.recallAtFpr(pos, neg, 0.0);
        assertEquals(0.5, strict.recall(), EPS);
        assertEquals(0.9, strict.threshold(), EPS);
        assertEquals(0.0, strict.falsePositiveRate(), EPS);
        Ranking.Operating half = Ranking.recallAtFpr(pos, neg, 0.5);
        assertEquals(1.0, half.recall(), EPS);
        assertEquals(0.4, half.threshold(), EPS);
        assertEquals(0.5, half.falsePositiveRate(), EPS);
    }

    @Test
    void partialTiesCountOneHalf() {
        ScoreHistogram pos = ScoreHistogram.of(1, 2);
        ScoreHistogram neg = ScoreHistogram.of(1);
        assertEquals(0.75, Ranking.rocAuc(pos, neg), EPS);
    }

    @Test
    void integerScoresWithManyEventsMatchPairCounting() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[] p = new double[300];
        double[] n = new double[500];
        ScoreHistogram pos = new ScoreHistogram();
        ScoreHistogram neg = new ScoreHistogram();
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextInt(30) + 10;
            pos.add(p[i]);
        }
        for (int i = 0; i < n.length; i++) {
            n[i] = random.nextInt(30);
            neg.add(n[i]);
        }
        double wins = 0;
        for (double a : p) {
            for (double b : n) {
                wins += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }
        assertEquals(wins / (p.length * (double) n.length), Ranking.rocAuc(pos, neg), 1e-12);
        Ranking.Operating op = Ranking.recallAtFpr(pos, neg, 0.01);
        assertTrue(op.falsePositiveRate() <= 0.01);
        long fp = 0;
        long tp = 0;
        for (double b : n) {
            fp += b >= op.threshold() ? 1 : 0;
        }
        for (double a : p) {
            tp += a >= op.threshold() ? 1 : 0;
        }
        assertEquals((double) fp / n.length, op.falsePositiveRate(), EPS);
        assertEquals((double) tp / p.length, op.recall(), EPS);
        // the next lower score would break the limit
        double lower = neg.counts().lowerKey(op.threshold());
        long fpLower = 0;
        for (double b : n) {
            fpLower += b >= lower ? 1 : 0;
        }
        assertTrue((double) fpLower / n.length > 0.01);
    }

    @Test
    void emptySidesAreUndefined() {
        assertTrue(Double.isNaN(Ranking.rocAuc(new ScoreHistogram(), ScoreHistogram.of(1))));
        assertTrue(Double.isNaN(Ranking.rocAuc(ScoreHistogram.of(1), new ScoreHistogram())));
        assertTrue(Double.isNaN(Ranking.averagePrecision(new ScoreHistogram(), ScoreHistogram.of(1))));
        assertEquals(1.0, Ranking.averagePrecision(ScoreHistogram.of(1), new ScoreHistogram()), EPS);
    }

    @Test
    void histogramQuantilesAndCounts() {
        ScoreHistogram h = ScoreHistogram.of(0, 0, 0, 10, 20, 20, 40, 90, 90, 100);
        assertEquals(10, h.total());
        assertEquals(3, h.atLeast(90));
        assertEquals(0, h.quantile(0.3), EPS);
        assertEquals(10, h.quantile(0.4), EPS);
        assertEquals(100, h.quantile(1.0), EPS);
        assertEquals(37.0, h.mean(), EPS);
    }
}
