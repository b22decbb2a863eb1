package io.runtimeaccess.anomaly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.support.Events;
import io.runtimeaccess.anomaly.support.Roc;
import io.runtimeaccess.anomaly.support.SyntheticRealm;
import io.runtimeaccess.anomaly.support.SyntheticRealm.Attacker;
import io.runtimeaccess.anomaly.support.SyntheticRealm.Labeled;
import io.runtimeaccess.anomaly.support.TestWorld;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays a synthetic realm (3,000 benign users at home, on mobile carriers, behind one office NAT and
 * travelling, over 90 days; 200 account takeovers each by naive, VPN and targeted attackers), scoring
 * each event before learning from it, and checks the ranking of takeover sign-ins against benign ones.
 *
 * <p>The targeted attacker here is hard on purpose: the victim's country and ISP (or mobile carrier),
 * and often the victim's own browser one or two versions off, so against a mobile-carrier victim only
 * the browser version and the hour are left. Recall at 1% false positives is lower for it than for the
 * others; run with {@code -Dseed=N} (surefire {@code argLine}) for other realms.
 */
class DetectionQualityTest {

    @Test
    void takeoversRankAboveBenignSignIns() {
        TestWorld world = new TestWorld();
        List<Labeled> stream = new SyntheticRealm(world, Long.getLong("seed", 42), Events.T0).generate(3000, 90, 200);
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), world);

        List<Double> benign = new ArrayList<>();
        Map<Attacker, List<Double>> attacks = new EnumMap<>(Attacker.class);
        for (Labeled labeled : stream) {
            Assessment assessment = scorer.assess(labeled.event());
            if (!labeled.login()) {
                continue;
            }
            if (labeled.attacker() == null) {
                benign.add((double) assessment.score());
            } else {
                attacks.computeIfAbsent(labeled.attacker(), a -> new ArrayList<>()).add((double) assessment.score());
            }
        }
        double[] negatives = toArray(benign);
        List<Double> all = new ArrayList<>();
        attacks.values().forEach(all::addAll);
        double[] positives = toArray(all);
        double auc = Roc.auc(positives, negatives);
        System.out.printf("benign sign-ins %d, takeovers %d: AUC %.4f, recall at 1%% FPR %.3f (threshold %.0f)%n",
                negatives.length, positives.length, auc, Roc.recallAtFpr(positives, negatives, 0.01),
                Roc.thresholdAtFpr(negatives, 0.01));
        int[] histogram = new int[11];
        benign.forEach(v -> histogram[(int) (v / 10)]++);
        System.out.println("benign scores by tens: " + java.util.Arrays.toString(histogram));

        assertTrue(auc >= 0.99, "AUC " + auc);
        double[] minimumRecall = {0.93, 0.90, 0.80};
        for (Attacker attacker : Attacker.values()) {
            double[] p = toArray(attacks.get(attacker));
            double attackerAuc = Roc.auc(p, negatives);
            double recall = Roc.recallAtFpr(p, negatives, 0.01);
            System.out.printf("  %-8s AUC %.4f, recall at 1%% FPR %.3f%n", attacker, attackerAuc, recall);
            assertTrue(attackerAuc >= 0.98, attacker + " AUC " + attackerAuc);
            assertTrue(recall >= minimumRecall[attacker.ordinal()], attacker + " recall " + recall);
        }
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
