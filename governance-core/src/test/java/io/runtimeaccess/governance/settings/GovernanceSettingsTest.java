package io.runtimeaccess.governance.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GovernanceSettingsTest {

    private static GovernanceSettings auto(GovernanceMode mode, Set<String> privileged, Category... enabled) {
        return new GovernanceSettings(mode, Set.of(enabled), 90, 90, List.of("department"), privileged, 30, 0.5);
    }

    private static Proposal remove(AccessItem item) {
        return new Proposal(Category.UNUSED_ACCESS, ChangeType.REMOVE, "u1", item, 0.9, "not used for 200 days",
                Map.of(), "dormancy-1", List.of("lastUsed"));
    }

    private static Proposal disable() {
        return new Proposal(Category.DORMANT_ACCOUNT, ChangeType.DISABLE_USER, "u1", null, 0.9,
                "no sign-in for 200 days", Map.of(), "dormancy-1", List.of("lastSignIn"));
    }

    @Test
    void appliesAnEnabledCategoryOnlyInAutoLowRisk() {
        Proposal proposal = remove(AccessItem.grant("s1", "viewer", null, false));
        assertTrue(auto(GovernanceMode.AUTO_LOW_RISK, Set.of(), Category.UNUSED_ACCESS).appliesAutomatically(proposal, false));
        assertFalse(auto(GovernanceMode.AUTO_LOW_RISK, Set.of(), Category.DORMANT_ACCOUNT).appliesAutomatically(proposal, false));
        assertFalse(auto(GovernanceMode.APPROVE, Set.of(), Category.UNUSED_ACCESS).appliesAutomatically(proposal, false));
        assertFalse(auto(GovernanceMode.REPORT, Set.of(), Category.UNUSED_ACCESS).appliesAutomatically(proposal, false));
    }

    @Test
    void neverAPrivilegedItem() {
        GovernanceSettings settings = auto(GovernanceMode.AUTO_LOW_RISK, Set.of("realm-role:auditor"),
                Category.UNUSED_ACCESS);
        assertFalse(settings.appliesAutomatically(remove(AccessItem.clientRole("realm-management", "manage-users", true)),
                false));
        assertFalse(settings.appliesAutomatically(remove(AccessItem.realmRole("auditor", false)), false));
        assertTrue(settings.appliesAutomatically(remove(AccessItem.realmRole("reader", false)), false));
    }

    @Test
    void neverAPrivilegedUsersAccount() {
        GovernanceSettings settings = auto(GovernanceMode.AUTO_LOW_RISK, Set.of(), Category.DORMANT_ACCOUNT);
        assertFalse(settings.appliesAutomatically(disable(), true));
        assertTrue(settings.appliesAutomatically(disable(), false));
    }

    @Test
    void neverAReview() {
        Proposal review = new Proposal(Category.UNUSED_ACCESS, ChangeType.REVIEW, "u1",
                AccessItem.grant("s1", "viewer", null, false), 0.9, "held through a group, not used", Map.of(),
                "dormancy-1", List.of("lastUsed"));
        assertFalse(auto(GovernanceMode.AUTO_LOW_RISK, Set.of(), Category.UNUSED_ACCESS).appliesAutomatically(review, false));
    }
}
