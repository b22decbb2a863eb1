package io.runtimeaccess.governance.snapshot;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Keycloak's tables say about one page of users, in one query per table (never one per user): attribute
 * values, configured credential types, identity-provider links, role mappings and group memberships.
 */
final class UserPage {

    /** Credential types that count as a second factor. */
    static final Set<String> SECOND_FACTORS = Set.of("otp", "webauthn", "webauthn-passwordless",
            "recovery-authn-codes");

    final Map<String, Map<String, List<String>>> attributes = new HashMap<>();
    final Set<String> withSecondFactor = new HashSet<>();
    final Map<String, Set<String>> identityProviders = new HashMap<>();
    final Map<String, List<String>> roleIds = new HashMap<>();
    final Map<String, List<String>> groupIds = new HashMap<>();

    UserPage(EntityManager em, Collection<String> userIds, Collection<String> attributeNames) {
        if (userIds.isEmpty()) {
            return;
        }
        for (Object[] row : rows(em, "select a.user.id, a.name, a.value from UserAttributeEntity a"
                + " where a.user.id in :ids and a.name in :names", userIds, attributeNames)) {
            attributes.computeIfAbsent((String) row[0], u -> new HashMap<>())
                    .computeIfAbsent((String) row[1], n -> new ArrayList<>()).add((String) row[2]);
        }
        for (Object[] row : rows(em, "select distinct c.user.id, c.type from CredentialEntity c"
                + " where c.user.id in :ids and c.type in :names", userIds, SECOND_FACTORS)) {
            withSecondFactor.add((String) row[0]);
        }
        for (Object[] row : rows(em, "select f.user.id, f.identityProvider from FederatedIdentityEntity f"
                + " where f.user.id in :ids", userIds, null)) {
            identityProviders.computeIfAbsent((String) row[0], u -> new HashSet<>()).add((String) row[1]);
        }
        for (Object[] row : rows(em, "select m.user.id, m.roleId from UserRoleMappingEntity m"
                + " where m.user.id in :ids", userIds, null)) {
            roleIds.computeIfAbsent((String) row[0], u -> new ArrayList<>()).add((String) row[1]);
        }
        for (Object[] row : rows(em, "select m.user.id, m.groupId from UserGroupMembershipEntity m"
                + " where m.user.id in :ids", userIds, null)) {
            groupIds.computeIfAbsent((String) row[0], u -> new ArrayList<>()).add((String) row[1]);
        }
    }

    private static List<Object[]> rows(EntityManager em, String query, Collection<String> ids,
            Collection<String> names) {
        var typed = em.createQuery(query, Object[].class).setParameter("ids", ids);
        if (names != null) {
            typed.setParameter("names", names);
        }
        return typed.getResultList();
    }
}
