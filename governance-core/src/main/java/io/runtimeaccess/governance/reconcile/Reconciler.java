package io.runtimeaccess.governance.reconcile;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.proposal.Proposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reconciliation: federated users whose identity-provider link is gone, identity-provider groups that match no
 * end-user group, grants of roles that no Active Policy defines, and end-user groups nobody is in.
 */
public final class Reconciler {

    public static final String MODEL_VERSION = "reconcile-1";

    private Reconciler() {
    }

    public static ReconciliationReport reconcile(AccessSnapshot snapshot, ReconciliationInputs inputs) {
        List<UserRecord> orphaned = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            if (user.federated() && user.identityProviders().isEmpty()) {
                orphaned.add(user);
            }
        }
        orphaned.sort(Comparator.comparing(UserRecord::username));
        return new ReconciliationReport(orphaned, unmatchedGroups(snapshot, inputs), inactivePolicyGrants(inputs),
                emptyGroups(inputs));
    }

    private static List<UnmatchedGroup> unmatchedGroups(AccessSnapshot snapshot, ReconciliationInputs inputs) {
        Set<String> names = new HashSet<>();
        inputs.endUserGroups().forEach(group -> names.add(group.name()));
        List<UnmatchedGroup> unmatched = new ArrayList<>();
        for (UserRecord user : snapshot.users()) {
            for (String group : new TreeSet<>(inputs.identityProviderGroups().getOrDefault(user.id(), Set.of()))) {
                if (!names.contains(group)) {
                    unmatched.add(new UnmatchedGroup(user, group));
                }
            }
        }
        return unmatched;
    }

    private static List<GrantRecord> inactivePolicyGrants(ReconciliationInputs inputs) {
        List<GrantRecord> inactive = new ArrayList<>();
        for (GrantRecord grant : inputs.grants()) {
            if (!inputs.activeRoles().getOrDefault(grant.solutionId(), Set.of()).contains(grant.role())) {
                inactive.add(grant);
            }
        }
        return inactive;
    }

    private static List<EndUserGroupRecord> emptyGroups(ReconciliationInputs inputs) {
        List<EndUserGroupRecord> empty = new ArrayList<>();
        for (EndUserGroupRecord group : inputs.endUserGroups()) {
            if (group.members() == 0) {
                empty.add(group);
            }
        }
        empty.sort(Comparator.comparing(EndUserGroupRecord::name));
        return empty;
    }

    /**
     * Proposals about users: review an orphaned federated user or an unmatched identity-provider group, remove a
     * user's grant of a role no Active Policy defines. Findings about groups (their grants, empty groups) are
     * reported only: a proposal is always about one user.
     */
    public static List<Proposal> proposals(AccessSnapshot snapshot, ReconciliationReport report) {
        List<Proposal> proposals = new ArrayList<>();
        for (UserRecord user : report.orphanedFederatedUsers()) {
            proposals.add(new Proposal(Category.RECONCILIATION, ChangeType.REVIEW, user.id(), null, 0.8,
                    "came from an identity provider but is no longer linked to any", Map.of("issue",
                            "orphaned-federated-user"), MODEL_VERSION, List.of("identityProviders", "federated")));
        }
        for (UnmatchedGroup unmatched : report.unmatchedGroups()) {
            proposals.add(new Proposal(Category.RECONCILIATION, ChangeType.REVIEW, unmatched.user().id(), null, 0.7,
                    "the identity provider lists group " + unmatched.group() + ", which matches no end-user group",
                    Map.of("issue", "unmatched-identity-provider-group", "group", unmatched.group()),
                    MODEL_VERSION, List.of("identityProviderGroups", "endUserGroups")));
        }
        Map<String, UserRecord> users = new HashMap<>();
        snapshot.users().forEach(user -> users.put(user.id(), user));
        for (GrantRecord grant : report.inactivePolicyGrants()) {
            UserRecord user = users.get(grant.principalId());
            if (GrantRecord.USER.equals(grant.principalType()) && user != null) {
                proposals.add(new Proposal(Category.RECONCILIATION, ChangeType.REMOVE, user.id(), item(user, grant),
                        0.9, "role " + grant.role() + " is not defined by the Active Policy of " + grant.solutionName(),
                        Map.of("issue", "inactive-policy-grant", "grantId", grant.grantId()), MODEL_VERSION,
                        List.of("grants", "activePolicy")));
            }
        }
        return proposals;
    }

    /** The user's own holding of the grant (with its privileged mark), or a plain grant item. */
    private static AccessItem item(UserRecord user, GrantRecord grant) {
        String key = AccessItem.grantKey(grant.solutionId(), grant.role());
        for (Holding holding : user.holdings()) {
            if (holding.direct() && holding.item().key().equals(key)) {
                return holding.item();
            }
        }
        return AccessItem.grant(grant.solutionId(), grant.role(), grant.solutionName() + " / " + grant.role(), false);
    }
}
