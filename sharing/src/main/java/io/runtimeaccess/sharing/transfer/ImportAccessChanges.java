package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChange;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would give each user, as the separation-of-duties guards read it: the new grants to users, the new
 * memberships with the grants they bring, the new grants of a group to its members, and an unarchived group's grants
 * to its members. Collected by the plan pass, checked all at once before the apply pass writes anything, so a
 * preventive rule refuses an import as it refuses the same change through the admin API. A group or solution the
 * document creates has no id yet, so no rule can name it: only its grants of existing solutions count.
 */
final class ImportAccessChanges {

    private final SharingStore store;
    private final EndUserGroupStore groups;
    private final Map<String, Set<String>> direct = new LinkedHashMap<>();
    private final Map<String, Set<String>> newMembers = new LinkedHashMap<>();
    private final Map<String, Set<String>> newGroupGrants = new LinkedHashMap<>();
    private final Set<String> unarchived = new LinkedHashSet<>();

    ImportAccessChanges(SharingStore store, EndUserGroupStore groups) {
        this.store = store;
        this.groups = groups;
    }

    /** A new grant to a user or group; {@code solutionId} is null for a solution the document creates. */
    void grant(String principalType, String principalId, String solutionId, String role) {
        if (solutionId == null) {
            return;
        }
        String key = AccessChange.grantKey(solutionId, role);
        Map<String, Set<String>> target = "group".equals(principalType) ? newGroupGrants : direct;
        target.computeIfAbsent(principalId, id -> new LinkedHashSet<>()).add(key);
    }

    /** A new admin-added membership of the group (its id, or the new group's placeholder). */
    void member(String groupKey, String userId) {
        newMembers.computeIfAbsent(groupKey, id -> new LinkedHashSet<>()).add(userId);
    }

    /** An archived group the document makes active again: its grants count for its members from then on. */
    void unarchive(EndUserGroupEntity group) {
        unarchived.add(group.getId());
    }

    /** One change per user and source of access, for {@code AccessChangeGuards.checkAll}. */
    List<AccessChange> changes() {
        List<AccessChange> changes = new ArrayList<>();
        direct.forEach((userId, keys) -> changes.add(new AccessChange(userId, List.copyOf(keys))));
        Set<String> touched = new LinkedHashSet<>(newMembers.keySet());
        touched.addAll(newGroupGrants.keySet());
        touched.addAll(unarchived);
        touched.forEach(groupKey -> group(groupKey, changes));
        return changes;
    }

    private void group(String groupKey, List<AccessChange> changes) {
        EndUserGroupEntity group = groups.find(groupKey).orElse(null);
        Set<String> added = newGroupGrants.getOrDefault(groupKey, Set.of());
        Set<String> held = group == null || group.isArchived() && !unarchived.contains(groupKey) ? Set.of()
                : currentGrants(groupKey);
        Set<String> joining = newMembers.getOrDefault(groupKey, Set.of());
        for (String userId : joining) {
            List<String> keys = new ArrayList<>();
            if (group != null) {
                keys.add(AccessChange.endUserGroupKey(group.getId()));
            }
            keys.addAll(held);
            keys.addAll(added);
            changes.add(new AccessChange(userId, keys));
        }
        List<String> forMembers = new ArrayList<>(added);
        if (unarchived.contains(groupKey)) {
            forMembers.addAll(held);
        }
        if (group == null || forMembers.isEmpty()) {
            return;
        }
        groups.members(group.getId()).stream().map(GroupMemberEntity::getUserId).distinct()
                .filter(userId -> !joining.contains(userId))
                .forEach(userId -> changes.add(new AccessChange(userId, forMembers)));
    }

    /** The group's grants that count now (not expired). */
    private Set<String> currentGrants(String groupId) {
        long now = System.currentTimeMillis();
        Set<String> keys = new LinkedHashSet<>();
        for (GrantEntity grant : store.grantsTo(PrincipalType.GROUP, groupId)) {
            if (grant.getExpiresAt() == null || grant.getExpiresAt() > now) {
                keys.add(AccessChange.grantKey(grant.getSolutionId(), grant.getRoleName()));
            }
        }
        return keys;
    }
}
