package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.reconcile.EndUserGroupRecord;
import io.runtimeaccess.governance.reconcile.GrantRecord;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.usage.GrantUse;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The realm's runtime grants and end-user group memberships, read in four queries and indexed by user: a user
 * holds each direct grant, each membership, and each grant of a group they are a member of (through that group).
 * Expired grants are left out (they no longer count). Each grant holding carries its last use.
 */
final class SharingHoldings {

    private final Map<String, String> solutionNames = new HashMap<>();
    private final Map<String, EndUserGroupEntity> groups = new HashMap<>();
    private final Map<String, List<GrantEntity>> grantsByPrincipal = new HashMap<>();
    private final Map<String, List<String>> groupsOfUser = new HashMap<>();
    private final Map<String, Integer> memberCounts = new HashMap<>();
    private final List<GrantEntity> liveGrants = new ArrayList<>();
    private final Map<String, Instant> lastUsed;
    private final UnaryOperator<AccessItem> mark;
    private final EntityManager em;
    private final String realmId;

    SharingHoldings(EntityManager em, String realmId, Map<String, Instant> lastUsed, UnaryOperator<AccessItem> mark,
            long now) {
        this.em = em;
        this.realmId = realmId;
        this.lastUsed = lastUsed;
        this.mark = mark;
        for (SolutionEntity solution : em.createNamedQuery("Solution.byRealm", SolutionEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            solutionNames.put(solution.getId(), solution.getName());
        }
        for (EndUserGroupEntity group : em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            groups.put(group.getId(), group);
        }
        for (GroupMemberEntity member : em.createNamedQuery("GroupMember.byRealm", GroupMemberEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            groupsOfUser.computeIfAbsent(member.getUserId(), u -> new ArrayList<>()).add(member.getGroupId());
            memberCounts.merge(member.getGroupId(), 1, Integer::sum);
        }
        for (GrantEntity grant : em.createNamedQuery("Grant.byRealm", GrantEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            if (grant.getExpiresAt() == null || grant.getExpiresAt() > now) {
                liveGrants.add(grant);
                grantsByPrincipal.computeIfAbsent(grant.getPrincipalType() + ":" + grant.getPrincipalId(),
                        p -> new ArrayList<>()).add(grant);
            }
        }
    }

    /** The user's direct grants, memberships and grants through their groups. */
    List<Holding> of(String userId) {
        List<Holding> holdings = new ArrayList<>();
        for (GrantEntity grant : grantsByPrincipal.getOrDefault("USER:" + userId, List.of())) {
            holdings.add(holding(grant, null, null));
        }
        for (String groupId : groupsOfUser.getOrDefault(userId, List.of())) {
            EndUserGroupEntity group = groups.get(groupId);
            if (group == null) {
                continue;
            }
            holdings.add(new Holding(mark.apply(AccessItem.endUserGroup(groupId, group.getName())), null, null, null,
                    null, null));
            // an archived group's grants give nothing in a check; its membership stays an item of its own
            List<GrantEntity> viaGroup = group.isArchived() ? List.of()
                    : grantsByPrincipal.getOrDefault("GROUP:" + groupId, List.of());
            for (GrantEntity grant : viaGroup) {
                holdings.add(holding(grant, groupId, group.getName()));
            }
        }
        return holdings;
    }

    private Holding holding(GrantEntity grant, String viaGroupId, String viaGroupName) {
        String solutionName = solutionNames.getOrDefault(grant.getSolutionId(), grant.getSolutionId());
        AccessItem item = mark.apply(AccessItem.grant(grant.getSolutionId(), grant.getRoleName(),
                solutionName + " / " + grant.getRoleName(), false));
        Instant grantedAt = Instant.ofEpochMilli(grant.getGrantedAt());
        Instant used = GrantUse.ofGrant(lastUsed, grant.getPrincipalType(), grant.getPrincipalId(),
                grant.getSolutionId(), grant.getRoleName(), grantedAt);
        return new Holding(item, viaGroupId, viaGroupName, grantedAt,
                grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()), used);
    }

    /** Every live grant, for reconciliation. */
    List<GrantRecord> grants() {
        List<GrantRecord> records = new ArrayList<>();
        for (GrantEntity grant : liveGrants) {
            records.add(new GrantRecord(grant.getId(), grant.getSolutionId(),
                    solutionNames.getOrDefault(grant.getSolutionId(), grant.getSolutionId()), grant.getPrincipalType(),
                    grant.getPrincipalId(), grant.getRoleName()));
        }
        return records;
    }

    /** The live (not archived) end-user groups with their member counts. */
    List<EndUserGroupRecord> liveGroups() {
        List<EndUserGroupRecord> records = new ArrayList<>();
        for (EndUserGroupEntity group : groups.values()) {
            if (!group.isArchived()) {
                records.add(new EndUserGroupRecord(group.getId(), group.getName(),
                        memberCounts.getOrDefault(group.getId(), 0)));
            }
        }
        return records;
    }

    /** The roles of each solution's Active Policy; solutions without one are absent. */
    Map<String, Set<String>> activeRoles() {
        Map<String, String> activeBuilds = new HashMap<>();
        for (SolutionEntity solution : em.createNamedQuery("Solution.byRealm", SolutionEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            if (solution.getActiveBuildId() != null) {
                activeBuilds.put(solution.getActiveBuildId(), solution.getId());
            }
        }
        Map<String, Set<String>> roles = new HashMap<>();
        // only the Active Policies' documents are read and parsed, not every build the realm ever stored
        for (BuildEntity build : em.createNamedQuery("Build.activeByRealm", BuildEntity.class)
                .setParameter("realmId", realmId).getResultList()) {
            String solutionId = activeBuilds.get(build.getId());
            if (solutionId != null) {
                Representations.Build doc = Policies.read(build.getPolicy());
                roles.put(solutionId, new HashSet<>(doc.roles == null ? List.of() : doc.roles));
            }
        }
        return roles;
    }
}
