package io.runtimeaccess.evaluation.scale;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.Ranking;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import io.runtimeaccess.evaluation.replay.EventKind;
import io.runtimeaccess.evaluation.replay.ReplayResults;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The headline figures of one generated realm, for comparing realm sizes side by side: how well
 * takeovers rank (with and without the device cookie), whether stolen tokens and impossible travel are
 * alerted, how often the office NAT is falsely alerted, and what the scorer costs.
 *
 * @param users                 accounts in the realm
 * @param events                events replayed (warm-up included)
 * @param takeoverAuc           ROC-AUC of all successful attacker sign-ins against benign sign-ins, device cookie
 * @param takeoverRecall        their recall at 1% false-positive rate, device cookie
 * @param takeoverAucNoCookie   the same without device ids
 * @param takeoverRecallNoCookie the same without device ids
 * @param tokenTheftAlerted     stolen-token uses scored at or above the alert threshold
 * @param travelAlerted         naive takeovers injected as impossible travel that were alerted
 * @param travelNamed           of those, the share whose reasons name IMPOSSIBLE_TRAVEL (the travel check fired)
 * @param benignTravelAlerted   benign events abroad (trips: sign-ins, failed sign-ins and token requests) alerted
 * @param officeAlerted         office NAT events (sign-ins, failures, tokens) alerted, device cookie
 * @param officeAlertedNoCookie the same without device ids
 * @param officeOutsideCampaigns office NAT alerts (any reason) outside guessing campaigns, device cookie
 * @param eventsPerSecond       scorer throughput of the replay with device ids (whole replay loop, one thread)
 * @param eventsPerCpuSecond    the same per CPU second of the replaying thread (does not count waiting for a core)
 * @param activeUsers           profiles the scorer holds at the end
 * @param bytesPerActiveUser    the scorer's own state estimate divided by its active users
 * @param generateSeconds       time to generate the dataset
 * @param replaySeconds         time of both replays
 * @param peakHeapMiB           the heap's peak use during this size's run
 * @param cpuSeconds            the process's CPU time for this size (all threads, the collector's included)
 */
public record SizeFigures(int users, long events, double takeoverAuc, double takeoverRecall, double takeoverAucNoCookie,
        double takeoverRecallNoCookie, double tokenTheftAlerted, double travelAlerted, double travelNamed,
        double benignTravelAlerted, double officeAlerted, double officeAlertedNoCookie, long officeOutsideCampaigns, double eventsPerSecond, double eventsPerCpuSecond,
        int activeUsers, double bytesPerActiveUser, double generateSeconds, double replaySeconds, long peakHeapMiB,
        double cpuSeconds) {

    /** Ranking of the successful attacker sign-ins against benign sign-ins: {ROC-AUC, recall at 1% FPR}. */
    static double[] takeovers(ReplayResults r) {
        List<Scenario> attacks = new ArrayList<>();
        List<Scenario> benign = new ArrayList<>();
        for (Scenario s : r.scenarios()) {
            (s.attack() ? attacks : benign).add(s);
        }
        List<EventKind> signIns = List.of(EventKind.SIGN_IN);
        ScoreHistogram pos = r.scores(attacks, signIns);
        ScoreHistogram neg = r.scores(benign, signIns);
        return new double[] {Ranking.rocAuc(pos, neg), Ranking.recallAtFpr(pos, neg, 0.01).recall()};
    }

    /** Share of a scenario's events (of all kinds) at or above the alert threshold. */
    static double alerted(ReplayResults r, Scenario s) {
        return share(r.scores(List.of(s), EnumSet.allOf(EventKind.class)), r.alertThreshold());
    }

    /** Naive takeovers whose injected cause is impossible travel: the share alerted. */
    static double travelAlerted(ReplayResults r) {
        ScoreHistogram h = r.scoresByCause(Scenario.NAIVE_ATO).get(Detection.IMPOSSIBLE_TRAVEL);
        return h == null ? Double.NaN : share(h, r.alertThreshold());
    }

    /** Naive takeovers injected as impossible travel: the share whose reasons list IMPOSSIBLE_TRAVEL. */
    static double travelNamed(ReplayResults r) {
        return r.reasons(Scenario.NAIVE_ATO).listedShare(Detection.IMPOSSIBLE_TRAVEL);
    }

    private static double share(ScoreHistogram h, double threshold) {
        return h.total() == 0 ? Double.NaN : (double) h.atLeast(threshold) / h.total();
    }
}
