package io.runtimeaccess.governance.dormancy;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what {@link DormancyAnalyser} found into proposals: disable a dormant account, remove a direct grant
 * that is not used (review one held through a group: removing it would take it from every member), remove what a
 * disabled user still holds. Confidence grows with how far past the threshold the evidence is.
 */
public final class DormancyProposals {

    public static final String MODEL_VERSION = "dormancy-1";

    private final DormancyAnalyser analyser;

    public DormancyProposals(DormancyAnalyser analyser) {
        this.analyser = analyser;
    }

    public List<Proposal> propose(AccessSnapshot snapshot) {
        List<Proposal> proposals = new ArrayList<>();
        for (DormantAccount account : analyser.dormantAccounts(snapshot)) {
            if (account.user().enabled()) {
                proposals.add(dormant(account));
            }
        }
        for (UnusedHolding unused : analyser.unusedGrants(snapshot)) {
            proposals.add(unused(unused));
        }
        for (DisabledUserHolding held : analyser.disabledUserAccess(snapshot)) {
            proposals.add(disabled(held));
        }
        return proposals;
    }

    private Proposal dormant(DormantAccount account) {
        String justification = account.lastSignIn() == null
                ? "never signed in; account created " + account.daysSinceSignIn() + " days ago"
                : "no sign-in for " + account.daysSinceSignIn() + " days";
        if (account.privileged()) {
            justification += " (privileged account)";
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("daysSinceSignIn", account.daysSinceSignIn());
        evidence.put("lastSignIn", account.lastSignIn() == null ? "never" : account.lastSignIn().toString());
        evidence.put("dormantDays", analyser.dormantDays());
        evidence.put("privileged", account.privileged());
        return new Proposal(Category.DORMANT_ACCOUNT, ChangeType.DISABLE_USER, account.user().id(), null,
                confidence(account.daysSinceSignIn(), analyser.dormantDays(), 0.6), justification, evidence,
                MODEL_VERSION, List.of("lastSignIn", "createdAt", "enabled"));
    }

    private Proposal unused(UnusedHolding unused) {
        Holding holding = unused.holding();
        String justification = (holding.lastUsed() == null
                ? "never used since granted " + unused.daysUnused() + " days ago"
                : "not used for " + unused.daysUnused() + " days")
                + (unused.viaGroup() ? " (held through end-user group " + holding.viaGroupName() + ")" : "");
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("daysUnused", unused.daysUnused());
        evidence.put("lastUsed", holding.lastUsed() == null ? "never" : holding.lastUsed().toString());
        evidence.put("unusedDays", analyser.unusedDays());
        if (unused.viaGroup()) {
            evidence.put("viaGroupId", holding.viaGroupId());
            evidence.put("viaGroupName", String.valueOf(holding.viaGroupName()));
        }
        // A group's grant is shared: the evidence of one member not using it is weaker, and removing it is not
        // this user's change to make, so it is a review at lower confidence.
        double floor = unused.viaGroup() ? 0.4 : 0.6;
        return new Proposal(Category.UNUSED_ACCESS, unused.viaGroup() ? ChangeType.REVIEW : ChangeType.REMOVE,
                unused.user().id(), holding.item(), confidence(unused.daysUnused(), analyser.unusedDays(), floor),
                justification, evidence, MODEL_VERSION, List.of("grants", "lastUsed", "grantedAt"));
    }

    private static Proposal disabled(DisabledUserHolding held) {
        Map<String, Object> evidence = Map.of("enabled", false, "kind", held.holding().item().kind().prefix());
        return new Proposal(Category.DISABLED_USER_ACCESS, ChangeType.REMOVE, held.user().id(), held.holding().item(),
                0.95, "the account is disabled but still holds " + held.holding().item().label(), evidence,
                MODEL_VERSION, List.of("enabled", "grants", "memberships"));
    }

    /**
     * {@code floor} at the threshold, rising linearly to 0.95 at three times the threshold: 90 days unused with
     * a 90-day threshold is borderline, 270 days is not.
     */
    static double confidence(long days, int threshold, double floor) {
        double past = Math.min(1.0, (days - threshold) / (2.0 * threshold));
        double value = floor + (0.95 - floor) * Math.max(0.0, past);
        return Math.round(value * 100) / 100.0;
    }
}
