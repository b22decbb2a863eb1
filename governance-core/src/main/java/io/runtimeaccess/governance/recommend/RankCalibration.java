package io.runtimeaccess.governance.recommend;

/**
 * A {@link Calibration} per rank of a user's list (1 to 5; later ranks use the fifth), so that confidence reflects
 * both how strong a candidate is and how many stronger ones are ahead of it. Each map is monotone in the score;
 * across ranks the confidence is also made to never increase down the list.
 */
public final class RankCalibration {

    private final Calibration[] byRank;

    RankCalibration(Calibration[] byRank) {
        this.byRank = byRank.clone();
    }

    static RankCalibration constant(double probability) {
        return new RankCalibration(new Calibration[] {Calibration.constant(probability)});
    }

    /** The probability that the candidate at {@code rank} (1 = first) with raw {@code score} is right. */
    public double probability(int rank, double score) {
        return byRank[Math.min(Math.max(rank, 1), byRank.length) - 1].probability(score);
    }

    /** The map for one rank (1 = first). */
    public Calibration atRank(int rank) {
        return byRank[Math.min(Math.max(rank, 1), byRank.length) - 1];
    }
}
