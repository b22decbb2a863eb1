package io.runtimeaccess.governance.recommend;

/**
 * A {@link Calibration} per rank of a user's list (1 to 5; later ranks use the fifth), so that confidence reflects
 * both how strong a candidate is and how many stronger ones are ahead of it. Each map is monotone in the score;
 * across ranks the confidence is also made to never increase down the list.
 */
public final class RankCalibration {

    private final Calibration[] byRank;
    private final double[] factors;

    RankCalibration(Calibration[] byRank, double[] factors) {
        this.byRank = byRank.clone();
        this.factors = factors.clone();
    }

    static RankCalibration constant(double probability) {
        return new RankCalibration(new Calibration[] {Calibration.constant(probability)}, new double[] {1});
    }

    /** The probability that the candidate at {@code rank} (1 = first) with raw {@code score} is right. */
    public double probability(int rank, double score) {
        int at = Math.min(Math.max(rank, 1), byRank.length) - 1;
        return Math.min(1, factors[at] * byRank[at].probability(score));
    }

    /**
     * Per-rank factors for a training matrix whose rows each already lack one permission drawn like the inner
     * one (a leave-one-out evaluation). An inner case then lacks two exchangeable permissions A (before) and B
     * (inner), and only B is seen. The question asked later is about a row lacking A only, i.e. the list without
     * B: its rank r holds A when B sits at r with A below, or B sits at r + 1 with A above. By exchangeability
     * P(A at i) = P(B at i) = a_i, the observed rate, and taking A's place independent of B's otherwise:
     * P(right at r) ≈ a_r (1 - A_{<r}) + a_{r+1} A_{<=r}, where A_{<r} = sum_{i<r} a_i / (1 - a_r).
     * The factor is that over a_r. With nothing missing before (a realm) every factor is 1.
     */
    static double[] factors(double[] rates, int alreadyMissing) {
        double[] factors = new double[rates.length - 1];
        for (int r = 0; r < factors.length; r++) {
            if (alreadyMissing == 0 || rates[r] <= 0) {
                factors[r] = 1;
                continue;
            }
            double above = 0;
            for (int i = 0; i < r; i++) {
                above += rates[i];
            }
            double aboveOwn = Math.min(1, above / Math.max(1e-9, 1 - rates[r]));
            double aboveNext = Math.min(1, (above + rates[r]) / Math.max(1e-9, 1 - rates[r + 1]));
            factors[r] = (rates[r] * (1 - aboveOwn) + rates[r + 1] * aboveNext) / rates[r];
        }
        return factors;
    }

    /** The map for one rank (1 = first). */
    public Calibration atRank(int rank) {
        return byRank[Math.min(Math.max(rank, 1), byRank.length) - 1];
    }
}
