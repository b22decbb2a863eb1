package io.runtimeaccess.governance.analysis;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.sod.SodViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One review per violation: which of the conflicting items to take away is a person's decision, so the proposal
 * names the last of them (the one most likely added last) and lists them all in its evidence.
 */
final class SodProposals {

    static final String MODEL_VERSION = "sod-scan-1";

    private SodProposals() {
    }

    static List<Proposal> of(AccessSnapshot snapshot, List<SodViolation> violations) {
        Map<String, UserRecord> users = new HashMap<>();
        snapshot.users().forEach(user -> users.put(user.id(), user));
        List<Proposal> proposals = new ArrayList<>();
        for (SodViolation violation : violations) {
            UserRecord user = users.get(violation.userId());
            if (user == null || violation.itemKeys().isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            violation.itemKeys().forEach(key -> labels.add(label(user, key)));
            AccessItem item = item(user, violation.itemKeys().get(violation.itemKeys().size() - 1));
            proposals.add(new Proposal(Category.SOD_VIOLATION, ChangeType.REVIEW, user.id(), item, 1.0,
                    "holds " + String.join(" and ", labels) + ", which rule " + violation.ruleName()
                            + " says must not be held together",
                    Map.of("ruleId", violation.ruleId(), "ruleName", violation.ruleName(), "itemKeys",
                            violation.itemKeys()),
                    MODEL_VERSION, List.of("sodRules", "holdings")));
        }
        return proposals;
    }

    private static String label(UserRecord user, String key) {
        AccessItem item = item(user, key);
        return item == null ? key : item.label();
    }

    private static AccessItem item(UserRecord user, String key) {
        for (Holding holding : user.holdings()) {
            if (holding.item().key().equals(key)) {
                return holding.item();
            }
        }
        return null;
    }
}
