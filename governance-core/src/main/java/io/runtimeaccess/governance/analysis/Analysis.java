package io.runtimeaccess.governance.analysis;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.dormancy.DormancyAnalyser;
import io.runtimeaccess.governance.dormancy.DormancyProposals;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.recommend.PeerModel;
import io.runtimeaccess.governance.recommend.PeerRecommender;
import io.runtimeaccess.governance.recommend.RecommenderSettings;
import io.runtimeaccess.governance.reconcile.Reconciler;
import io.runtimeaccess.governance.reconcile.ReconciliationInputs;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.risk.UserRiskScorer;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.governance.sod.SodScanner;
import io.runtimeaccess.governance.sod.SodViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every analyser over one snapshot: peer recommendations and outliers, dormant and unused access,
 * reconciliation, the separation-of-duties scan, and every user's risk. The analysers are steps so that each can
 * be tested and measured alone; {@link #standard} wires the product's.
 */
public final class Analysis {

    /** Proposals per user a nightly run makes at most from peers: more would bury the queue. */
    public static final int RECOMMENDATIONS_PER_USER = 3;

    /** One analyser that proposes changes from a snapshot. */
    @FunctionalInterface
    public interface Step {
        List<Proposal> propose(AccessSnapshot snapshot);
    }

    /** How a user's risk is scored, given how many separation-of-duties rules the user violates. */
    @FunctionalInterface
    public interface RiskModel {
        UserRisk score(UserRecord user, int sodViolations, AccessSnapshot snapshot);
    }

    private final Map<String, Step> steps;
    private final List<SodRule> rules;
    private final RiskModel risk;
    private final double minConfidence;

    /** {@code steps} by name, run in their order; the result says how long each took. */
    public Analysis(Map<String, Step> steps, List<SodRule> rules, RiskModel risk, double minConfidence) {
        this.steps = new LinkedHashMap<>(steps);
        this.rules = List.copyOf(rules);
        this.risk = risk;
        this.minConfidence = minConfidence;
    }

    /** The product's analysers with the realm's settings, rules and reconciliation inputs. */
    public static Analysis standard(GovernanceSettings settings, List<SodRule> rules, ReconciliationInputs inputs) {
        PeerRecommender recommender = new PeerRecommender(RecommenderSettings.of(settings));
        DormancyProposals dormancy = new DormancyProposals(
                new DormancyAnalyser(settings.dormantDays(), settings.unusedDays(), settings.privilegedItems()));
        Map<String, Step> steps = new LinkedHashMap<>();
        // one peer model serves both the recommendations and the outliers: fitting it is the costly part
        steps.put("peers", snapshot -> {
            PeerModel model = recommender.fit(snapshot);
            return PeerRecommender.recommendAndFlagAll(model, snapshot, RECOMMENDATIONS_PER_USER);
        });
        steps.put("dormancy", dormancy::propose);
        steps.put("reconcile", snapshot -> Reconciler.proposals(snapshot, Reconciler.reconcile(snapshot, inputs)));
        return new Analysis(steps, rules,
                (user, violations, snapshot) -> UserRiskScorer.score(user, violations, snapshot.takenAt(), settings),
                settings.minConfidence());
    }

    private static double since(long started) {
        return Math.round((System.nanoTime() - started) / 1e6) / 1e3;
    }

    public AnalysisResult run(AccessSnapshot snapshot) {
        List<Proposal> proposals = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Step> step : steps.entrySet()) {
            long started = System.nanoTime();
            for (Proposal proposal : step.getValue().propose(snapshot)) {
                if (proposal.confidence() >= minConfidence) {
                    proposals.add(proposal);
                }
            }
            seconds.put(step.getKey(), since(started));
        }
        long started = System.nanoTime();
        List<SodViolation> violations = rules.isEmpty() ? List.of() : SodScanner.scan(snapshot, rules);
        proposals.addAll(SodProposals.of(snapshot, violations));
        seconds.put("sod", since(started));
        started = System.nanoTime();
        Map<String, Integer> violationsByUser = new HashMap<>();
        violations.forEach(violation -> violationsByUser.merge(violation.userId(), 1, Integer::sum));
        Map<String, UserRisk> risks = new HashMap<>();
        for (UserRecord user : snapshot.users()) {
            risks.put(user.id(), risk.score(user, violationsByUser.getOrDefault(user.id(), 0), snapshot));
        }
        seconds.put("risk", since(started));
        return new AnalysisResult(proposals, risks, violations, seconds);
    }
}
