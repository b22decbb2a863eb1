package io.runtimeaccess.governance.reconcile;

import io.runtimeaccess.governance.access.UserRecord;
import java.util.List;

/** Where stored access no longer matches its sources. */
public record ReconciliationReport(List<UserRecord> orphanedFederatedUsers, List<UnmatchedGroup> unmatchedGroups,
        List<GrantRecord> inactivePolicyGrants, List<EndUserGroupRecord> emptyGroups) {

    public ReconciliationReport {
        orphanedFederatedUsers = List.copyOf(orphanedFederatedUsers);
        unmatchedGroups = List.copyOf(unmatchedGroups);
        inactivePolicyGrants = List.copyOf(inactivePolicyGrants);
        emptyGroups = List.copyOf(emptyGroups);
    }
}
