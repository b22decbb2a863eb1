package io.runtimeaccess.governance.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What reconciliation needs beyond the snapshot (which already says who is federated and who still has an
 * identity-provider link):
 *
 * @param identityProviderGroups per user id, the group names the identity provider last listed for the user
 * @param endUserGroups          the realm's live end-user groups, with their member counts
 * @param grants                 every stored runtime grant
 * @param activeRoles            per solution id, the roles its Active Policy defines; a solution without an Active
 *                               Policy is absent
 */
public record ReconciliationInputs(Map<String, Set<String>> identityProviderGroups,
        List<EndUserGroupRecord> endUserGroups, List<GrantRecord> grants, Map<String, Set<String>> activeRoles) {

    public ReconciliationInputs {
        identityProviderGroups = Map.copyOf(identityProviderGroups);
        endUserGroups = List.copyOf(endUserGroups);
        grants = List.copyOf(grants);
        activeRoles = Map.copyOf(activeRoles);
    }

    public static ReconciliationInputs none() {
        return new ReconciliationInputs(Map.of(), List.of(), List.of(), Map.of());
    }
}
