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
 * to its members, all of one user's in one change, so a toxic pair split across the document is seen together. Collected by the plan pass, checked all at once before the apply pass writes anything, so a
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
    private final Set<String> archived = new LinkedHashSet<>();

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

    /**
     * A group entry of the document (its id, or the new group's placeholder) and whether the group is archived once
     * the import is done: an archived group's grants give its members nothing, so they do not count (joining it still
     * adds the membership's own key), as in the admin API; one made active again brings its grants to every member.
     */
    void groupState(String groupKey, boolean archivedBefore, boolean archivedAfter) {
        if (archivedAfter) {
            archived.add(groupKey);
        } else if (archivedBefore) {
            unarchived.add(groupKey);
        }
    }

    /** One change per user, all of what the import gives that user together, for {@code AccessChangeGuards}. */
    List<AccessChange> changes() {
        Map<String, Set<String>> byUser = new LinkedHashMap<>();
        direct.forEach((userId, keys) -> byUser.computeIfAbsent(userId, id -> new LinkedHashSet<>()).addAll(keys));
        Set<String> touched = new LinkedHashSet<>(newMembers.keySet());
        touched.addAll(newGroupGrants.keySet());
        touched.addAll(unarchived);
        touched.forEach(groupKey -> group(groupKey, byUser));
        List<AccessChange> changes = new ArrayList<>();
        byUser.forEach((userId, keys) -> changes.add(new AccessChange(userId, List.copyOf(keys))));
        return changes;
    }

    private void group(String groupKey, Map<String, Set<String>> byUser) {
        EndUserGroupEntity group = groups.find(groupKey).orElse(null);
        boolean inactive = archived.contains(groupKey)
                || group != null && group.isArchived() && !unarchived.contains(groupKey);
        Set<String> added = inactive ? Set.of() : newGroupGrants.getOrDefault(groupKey, Set.of());
        Set<String> held = group == null || inactive ? Set.of() : currentGrants(groupKey);
        Set<String> joining = newMembers.getOrDefault(groupKey, Set.of());
        for (String userId : joining) {
            Set<String> keys = byUser.computeIfAbsent(userId, id -> new LinkedHashSet<>());
            if (group != null) {
                keys.add(AccessChange.endUserGroupKey(group.getId()));
            }
            keys.addAll(held);
            keys.addAll(added);
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
                .forEach(userId -> byUser.computeIfAbsent(userId, id -> new LinkedHashSet<>()).addAll(forMembers));
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
