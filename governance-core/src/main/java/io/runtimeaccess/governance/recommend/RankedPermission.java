package io.runtimeaccess.governance.recommend;

/**
 * One candidate permission for a user, with the evidence behind it.
 *
 * @param score             the raw blended score
 * @param confidence        the calibrated probability that the user needs it (0..1)
 * @param peers             how many most-similar users were looked at
 * @param peerHolders       how many of them hold it
 * @param antecedent        the held permission whose holders most often hold it too, or -1
 * @param antecedentHolders how many users hold the antecedent
 * @param together          how many of those hold the candidate as well
 * @param holders           how many users hold it in all
 */
public record RankedPermission(int permission, double score, double confidence, int peers, int peerHolders,
        int antecedent, int antecedentHolders, int together, int holders) {
}
