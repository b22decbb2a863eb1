package io.runtimeaccess.sharing.store;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.grant.EndUserGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads and writes one realm's end-user groups and their memberships. */
public final class EndUserGroupStore {

    private final EntityManager em;
    private final String realmId;

    public EndUserGroupStore(KeycloakSession session, RealmModel realm) {
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.realmId = realm.getId();
    }

    /** Every group of the realm, by name (the export); the admin list pages and searches through {@link Listings}. */
    public List<EndUserGroupEntity> sortedByName() {
        return em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class).setParameter("realmId", realmId)
                .getResultList();
    }

    /**
     * Distinct members of just these groups (a page of the list view): counting every group of the realm
     * on each keystroke of the console's typeahead would cost the realm's whole membership table.
     */
    public Map<String, Long> memberCounts(Collection<String> groupIds) {
        Map<String, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select m.groupId, count(distinct m.userId) from GroupMemberEntity m"
                + " where m.realmId = :realmId and m.groupId in :groupIds group by m.groupId", Object[].class)
                .setParameter("realmId", realmId).setParameter("groupIds", groupIds).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public EndUserGroupEntity create(String name, String description, String attributes) {
        requireFreeName(name, null);
        EndUserGroupEntity group = new EndUserGroupEntity();
        group.setId(KeycloakModelUtils.generateId());
        group.setRealmId(realmId);
        group.setName(name);
        group.setDescription(description);
        group.setAttributes(attributes);
        em.persist(group);
        return group;
    }

    /** A 409 naming {@code name} when another group of the realm ({@code exceptId}: the one renamed) has it. */
    public void requireFreeName(String name, String exceptId) {
        if (StoredNames.taken(em, EndUserGroupEntity.class, realmId, name, exceptId)) {
            throw BadRequest.conflict("name", "group '" + name + "' already exists");
        }
    }

    /** Whether another group of the realm has the name as the database compares names (MariaDB ignores case). */
    public boolean nameTaken(String name) {
        return StoredNames.taken(em, EndUserGroupEntity.class, realmId, name, null);
    }

    public EndUserGroupEntity group(String id) {
        return find(id).orElseThrow(() -> BadRequest.notFound("groupId", "no end-user group '" + Limits.shown(id)
                + "' in this organization"));
    }

    /**
     * The group, locked until the transaction ends and read again as committed: an update fills absent fields from
     * what it read, so two updates at once (an archive and a new description) must not both start from the same
     * read, or the second would write the group back unarchived.
     */
    public EndUserGroupEntity groupForUpdate(String id) {
        EndUserGroupEntity group = group(id);
        if (!RealmRows.stillThere(em, group, LockModeType.PESSIMISTIC_WRITE)) {
            // deleted by the transaction this one waited for: as unknown as if it never was
            throw BadRequest.notFound("groupId", "no end-user group '" + Limits.shown(id) + "'");
        }
        return group;
    }

    /** The realm's group of that id, if there is one. */
    public Optional<EndUserGroupEntity> find(String id) {
        EndUserGroupEntity group = !Limits.lookable(id) ? null : em.find(EndUserGroupEntity.class, id);
        return group == null || !group.getRealmId().equals(realmId) ? Optional.empty() : Optional.of(group);
    }

    /** Finds a group by id or by name. */
    public EndUserGroupEntity groupByIdOrName(String idOrName) {
        EndUserGroupEntity group = !Limits.lookable(idOrName) ? null
                : em.find(EndUserGroupEntity.class, idOrName);
        if (group != null && group.getRealmId().equals(realmId)) {
            return group;
        }
        return em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class).setParameter("realmId", realmId)
                .getResultList().stream().filter(g -> g.getName().equals(idOrName)).findFirst()
                .orElseThrow(() -> BadRequest.notFound("principal", "no end-user group '" + Limits.shown(idOrName) + "'"));
    }

    public List<GroupMemberEntity> members(String groupId) {
        return em.createNamedQuery("GroupMember.byGroup", GroupMemberEntity.class).setParameter("groupId", groupId)
                .getResultList();
    }

    /**
     * The user's memberships of one group, one per source. Read through the group and the user (the unique key's
     * first columns), so checking one user costs the same in a group of ten members as in one of a million.
     */
    public List<GroupMemberEntity> memberships(String groupId, String userId) {
        return memberships(groupId, userId, LockModeType.NONE);
    }

    /**
     * {@link #memberships}, locked for removal: two removals at once take turns, and the second finds the rows gone
     * instead of deleting rows that are no longer there (a 500).
     */
    public List<GroupMemberEntity> membershipsToRemove(String groupId, String userId) {
        return memberships(groupId, userId, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<GroupMemberEntity> memberships(String groupId, String userId, LockModeType lock) {
        return em.createNamedQuery("GroupMember.byGroupAndUser", GroupMemberEntity.class)
                .setParameter("groupId", groupId).setParameter("userId", userId).setLockMode(lock).getResultList();
    }

    /** Whether the user is a member of the group, from any source. */
    public boolean isMember(String groupId, String userId) {
        return !memberships(groupId, userId).isEmpty();
    }

    /** Whether the user is a member of the group from {@code source}. */
    public boolean isMember(String groupId, String userId, String source) {
        return memberships(groupId, userId).stream().anyMatch(member -> member.getSource().equals(source));
    }

    /** Adds a membership with its source; adding the same user from the same source again changes nothing. */
    public GroupMemberEntity addMember(EndUserGroupEntity group, String userId, String source) {
        for (GroupMemberEntity member : memberships(group.getId(), userId)) {
            if (member.getSource().equals(source)) {
                return member;
            }
        }
        return persistMember(group, userId, source);
    }

    /** Adds a membership the caller has checked is new (an import checks a whole document at once). */
    public GroupMemberEntity persistMember(EndUserGroupEntity group, String userId, String source) {
        GroupMemberEntity member = new GroupMemberEntity();
        member.setId(KeycloakModelUtils.generateId());
        member.setRealmId(realmId);
        member.setGroupId(group.getId());
        member.setUserId(userId);
        member.setSource(source);
        member.setAddedAt(System.currentTimeMillis());
        em.persist(member);
        return member;
    }

    /** Removes the user from the group, whatever the source of the membership; returns how many rows went. */
    public int removeMember(EndUserGroupEntity group, String userId) {
        int removed = 0;
        // an id no row can hold (a NUL, which PostgreSQL refuses in a query) is simply no member
        List<GroupMemberEntity> rows = Limits.lookable(userId, Limits.USER_REF)
                ? membershipsToRemove(group.getId(), userId) : List.of();
        for (GroupMemberEntity member : rows) {
            em.remove(member);
            removed++;
        }
        if (removed == 0) {
            throw BadRequest.notFound("userId", "user '" + Limits.shown(userId) + "' is not a member of " + group.getName());
        }
        return removed;
    }

    /** Deletes the group, its memberships and its owners; returns how many memberships went. */
    public int delete(EndUserGroupEntity group) {
        em.createQuery("delete from OwnerEntity o where o.realmId = :realmId and o.ownedType = :ownedType"
                + " and o.ownedId = :ownedId").setParameter("realmId", realmId)
                .setParameter("ownedType", OwnedObject.Kind.GROUP.name()).setParameter("ownedId", group.getId())
                .executeUpdate();
        int members = em.createQuery("delete from GroupMemberEntity m where m.groupId = :groupId")
                .setParameter("groupId", group.getId()).executeUpdate();
        em.remove(group);
        return members;
    }

    /** Deletes every membership of a user, whatever its source; returns how many went. */
    public int deleteMemberships(String userId) {
        return em.createQuery("delete from GroupMemberEntity m where m.realmId = :realmId and m.userId = :userId")
                .setParameter("realmId", realmId).setParameter("userId", userId).executeUpdate();
    }

    /** The user's memberships, whatever their source. */
    public List<GroupMemberEntity> membershipsOf(String userId) {
        return em.createNamedQuery("GroupMember.byUser", GroupMemberEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).getResultList();
    }

    /** The user's memberships that came from {@code source}. */
    public List<GroupMemberEntity> membershipsOf(String userId, String source) {
        return em.createNamedQuery("GroupMember.byUserAndSource", GroupMemberEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).setParameter("source", source)
                .getResultList();
    }

    /** Every group of the realm, by name. */
    public Map<String, EndUserGroupEntity> byName() {
        Map<String, EndUserGroupEntity> groups = new HashMap<>();
        for (EndUserGroupEntity group : em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            groups.put(group.getName(), group);
        }
        return groups;
    }

    /**
     * Members of every group that came from {@code source}: group id to user ids, in one query that reads only the two
     * ids (an import needs the admin-added ones, not the realm's identity-provider memberships as entities).
     */
    public Map<String, Set<String>> memberIds(String source) {
        Map<String, Set<String>> members = new HashMap<>();
        for (Object[] row : em.createQuery("select m.groupId, m.userId from GroupMemberEntity m"
                + " where m.realmId = :realmId and m.source = :source", Object[].class)
                .setParameter("realmId", realmId).setParameter("source", source).getResultList()) {
            members.computeIfAbsent((String) row[0], g -> new HashSet<>()).add((String) row[1]);
        }
        return members;
    }

    public void remove(GroupMemberEntity member) {
        em.remove(member);
    }

    /** Every group of the realm with its members, for the access index. */
    public List<EndUserGroup> all() {
        Map<String, Set<String>> members = new HashMap<>();
        for (GroupMemberEntity member : em.createNamedQuery("GroupMember.byRealm", GroupMemberEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            members.computeIfAbsent(member.getGroupId(), g -> new HashSet<>()).add(member.getUserId());
        }
        List<EndUserGroup> groups = new ArrayList<>();
        for (EndUserGroupEntity group : em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            groups.add(new EndUserGroup(group.getId(), group.getName(), group.isArchived(),
                    members.getOrDefault(group.getId(), Set.of())));
        }
        return groups;
    }
}
