package io.runtimeaccess.governance.settings;

import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A realm's access-intelligence settings.
 *
 * @param autoApply               categories applied without a human in {@link GovernanceMode#AUTO_LOW_RISK}
 * @param dormantDays             no sign-in for this many days makes an account dormant (default 90)
 * @param unusedDays              a grant not exercised for this many days is unused (default 90)
 * @param peerAttributes          the user attributes that make users comparable
 * @param privilegedItems         access item keys an admin marked privileged, besides admin roles and the designer flag
 * @param rejectionSuppressionDays how long a rejected proposal is not proposed again
 * @param minConfidence           proposals below this confidence are not made
 */
public record GovernanceSettings(GovernanceMode mode, Set<Category> autoApply, int dormantDays, int unusedDays,
        List<String> peerAttributes, Set<String> privilegedItems, int rejectionSuppressionDays, double minConfidence) {

    public GovernanceSettings {
        autoApply = autoApply.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(autoApply));
        peerAttributes = List.copyOf(peerAttributes);
        privilegedItems = Set.copyOf(privilegedItems);
    }

    public static GovernanceSettings defaults() {
        return new GovernanceSettings(GovernanceMode.REPORT, Set.of(), 90, 90,
                List.of("department", "title", "location", "manager"), Set.of(), 30, 0.5);
    }

    /**
     * Whether {@code proposal} may be applied without a human: only in {@link GovernanceMode#AUTO_LOW_RISK}, only
     * for a category the admin enabled, and never when it touches a privileged item or a privileged user's account.
     */
    public boolean appliesAutomatically(Proposal proposal, boolean userPrivileged) {
        if (mode != GovernanceMode.AUTO_LOW_RISK || !autoApply.contains(proposal.category())
                || proposal.change() == ChangeType.REVIEW) {
            return false;
        }
        if (proposal.item() == null) {
            return !userPrivileged;
        }
        return !proposal.item().privileged() && !privilegedItems.contains(proposal.item().key());
    }
}
