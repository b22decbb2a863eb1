package io.runtimeaccess.governance.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.reconcile.ReconciliationInputs;
import io.runtimeaccess.governance.risk.RiskReason;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.sod.SodViolation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static UserRecord user(String id) {
        return new UserRecord(id, "name-" + id, Map.of(), true, Set.of(), false, false, NOW, NOW, false, 0, 0,
                List.of(Holding.direct(AccessItem.grant("s", "creator", "Payments / creator", false)),
                        Holding.direct(AccessItem.grant("s", "approver", "Payments / approver", false))));
    }

    private static Proposal proposal(String userId, double confidence) {
        return new Proposal(Category.UNUSED_ACCESS, ChangeType.REMOVE, userId, null, confidence, "why", Map.of(), "m-1",
                List.of());
    }

    @Test
    void runsEveryStepDropsWeakProposalsAndScoresEveryUser() {
        AccessSnapshot snapshot = new AccessSnapshot("realm", NOW, List.of(user("a"), user("b")));
        Analysis analysis = new Analysis(
                stepsOf(s -> List.of(proposal("a", 0.9)), s -> List.of(proposal("b", 0.2), proposal("b", 0.5))),
                List.of(), (u, violations, s) -> new UserRisk(violations * 10, "low", List.<RiskReason>of()), 0.5);
        AnalysisResult result = analysis.run(snapshot);
        assertEquals(List.of(0.9, 0.5), result.proposals().stream().map(Proposal::confidence).toList());
        assertEquals(Set.of("a", "b"), result.risks().keySet());
        assertTrue(result.violations().isEmpty());
        assertEquals(List.of("first", "second", "sod", "risk"), List.copyOf(result.stepSeconds().keySet()));
    }

    private static Map<String, Analysis.Step> stepsOf(Analysis.Step first, Analysis.Step second) {
        Map<String, Analysis.Step> steps = new java.util.LinkedHashMap<>();
        steps.put("first", first);
        steps.put("second", second);
        return steps;
    }

    @Test
    void aViolationBecomesOneReviewNamingTheRuleAndBothItems() {
        AccessSnapshot snapshot = new AccessSnapshot("realm", NOW, List.of(user("a")));
        SodViolation violation = new SodViolation("r1", "Payment duties", "a",
                List.of("grant:s:creator", "grant:s:approver"));
        List<Proposal> proposals = SodProposals.of(snapshot, List.of(violation));
        assertEquals(1, proposals.size());
        Proposal review = proposals.get(0);
        assertEquals(Category.SOD_VIOLATION, review.category());
        assertEquals(ChangeType.REVIEW, review.change());
        assertEquals("grant:s:approver", review.item().key());
        assertEquals("holds Payments / creator and Payments / approver, which rule Payment duties says must not be "
                + "held together", review.justification());
    }

    /** The realm's privilegedItems are never proposed for adding, however many peers hold them. */
    @Test
    void theStandardRunNeverRecommendsAnItemTheSettingsCallPrivileged() {
        List<UserRecord> users = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(holder("peer" + i, i < 11 ? List.of("reader", "payer") : List.of("reader")));
        }
        AccessSnapshot snapshot = new AccessSnapshot("realm", NOW, users);
        GovernanceSettings defaults = GovernanceSettings.defaults();
        GovernanceSettings marked = new GovernanceSettings(defaults.mode(), defaults.autoApply(),
                defaults.dormantDays(), defaults.unusedDays(), defaults.peerAttributes(), Set.of("grant:s:payer"),
                defaults.rejectionSuppressionDays(), 0.0);
        GovernanceSettings unmarked = new GovernanceSettings(defaults.mode(), defaults.autoApply(),
                defaults.dormantDays(), defaults.unusedDays(), defaults.peerAttributes(), Set.of(),
                defaults.rejectionSuppressionDays(), 0.0);
        assertTrue(addsPayer(unmarked, snapshot), "peers' access is recommended when not privileged");
        assertFalse(addsPayer(marked, snapshot), "never when the settings call it privileged");
    }

    private static boolean addsPayer(GovernanceSettings settings, AccessSnapshot snapshot) {
        return Analysis.standard(settings, List.of(), ReconciliationInputs.none()).run(snapshot).proposals().stream()
                .anyMatch(p -> p.change() == ChangeType.ADD && p.item() != null
                        && p.item().key().equals("grant:s:payer"));
    }

    private static UserRecord holder(String id, List<String> roles) {
        List<Holding> holdings = roles.stream()
                .map(role -> Holding.direct(AccessItem.grant("s", role, "Payments / " + role, false))).toList();
        return new UserRecord(id, "name-" + id, Map.of("department", "Finance"), true, Set.of(), false, false, NOW,
                NOW, false, 0, 0, holdings);
    }
}
