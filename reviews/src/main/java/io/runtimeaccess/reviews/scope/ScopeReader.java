package io.runtimeaccess.reviews.scope;

import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.campaign.ReviewScope;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.usage.GrantUse;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reads what a campaign reviews, set-based: one query for the scope's grants or memberships, one for the realm's
 * users, one for the grants' last use, whatever the number of items. Expired grants are left out (they no longer
 * count). A grant to an end-user group is one item for the group (revoking it takes the role from every member).
 */
public final class ScopeReader {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final EntityManager em;
    private final RealmUsers users;
    private final Map<String, Instant> lastUsed;
    private final long now;

    public ScopeReader(KeycloakSession session, RealmModel realm, RealmUsers users, Map<String, Instant> lastUsed,
            long now) {
        this.session = session;
        this.realm = realm;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        this.users = users;
        this.lastUsed = lastUsed;
        this.now = now;
    }

    public List<ReviewedAccess> read(ReviewScope scope) {
        return switch (scope.kind()) {
            case SOLUTION_GRANTS -> solutionGrants(solution(scope.target()));
            case GROUP_MEMBERS -> memberships(List.of(group(scope.target()).getId()), null);
            case PRIVILEGED_ROLES -> new PrivilegedHolders(session, realm, users).read();
            case INACTIVE_USERS -> inactiveUsersAccess(new InactiveUsers(session, realm, users)
                    .since(now - scope.inactiveDays() * 86_400_000L));
            case CATEGORY_PROPOSALS -> new WaitingProposals(session, realm).items(scope.target(), users);
        };
    }

    private List<ReviewedAccess> solutionGrants(SolutionEntity solution) {
        List<Object[]> rows = em.createQuery("select g.id, g.principalType, g.principalId, g.roleName, g.grantedAt,"
                + " g.source from GrantEntity g where g.realmId = :realmId and g.solutionId = :solutionId"
                + " and (g.expiresAt is null or g.expiresAt > :now)", Object[].class)
                .setParameter("realmId", realm.getId()).setParameter("solutionId", solution.getId())
                .setParameter("now", now).getResultList();
        Map<String, String> groupNames = groupNames();
        List<ReviewedAccess> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(grant(row, solution.getId(), solution.getName(), groupNames));
        }
        return items;
    }

    private List<ReviewedAccess> inactiveUsersAccess(Set<String> inactive) {
        if (inactive.isEmpty()) {
            return List.of();
        }
        Map<String, String> solutionNames = new HashMap<>();
        for (SolutionEntity solution : em.createNamedQuery("Solution.byRealm", SolutionEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            solutionNames.put(solution.getId(), solution.getName());
        }
        List<ReviewedAccess> items = new ArrayList<>();
        for (Object[] row : em.createQuery("select g.id, g.principalType, g.principalId, g.roleName, g.grantedAt,"
                + " g.source, g.solutionId from GrantEntity g where g.realmId = :realmId and g.principalType = 'USER'"
                + " and (g.expiresAt is null or g.expiresAt > :now)", Object[].class)
                .setParameter("realmId", realm.getId()).setParameter("now", now).getResultList()) {
            if (inactive.contains((String) row[2])) {
                items.add(grant(row, (String) row[6], solutionNames.get((String) row[6]), Map.of()));
            }
        }
        items.addAll(memberships(null, inactive));
        return items;
    }

    private ReviewedAccess grant(Object[] row, String solutionId, String solutionName, Map<String, String> groupNames) {
        String grantId = (String) row[0];
        String principalId = (String) row[2];
        String role = (String) row[3];
        Instant grantedAt = Instant.ofEpochMilli((Long) row[4]);
        String key = "grant:" + solutionId + ":" + role;
        String label = solutionName + " / " + role;
        if ("GROUP".equals(row[1])) {
            String name = groupNames.getOrDefault(principalId, principalId);
            return new ReviewedAccess(principalId, "group:" + name, true, AccessType.GROUP_GRANT, key, label, grantId,
                    "granted to end-user group " + name, grantedAt, GrantUse.ofGrant(lastUsed, "GROUP", principalId,
                            solutionId, role, grantedAt));
        }
        RealmUsers.User user = users.byId(principalId);
        return new ReviewedAccess(principalId, user.username(), user.enabled(), AccessType.GRANT, key, label, grantId,
                "direct (" + ((String) row[5]).toLowerCase(Locale.ROOT) + ")", grantedAt,
                GrantUse.ofGrant(lastUsed, "USER", principalId, solutionId, role, grantedAt));
    }

    /** Memberships of the given groups, or of the given users in every group. */
    private List<ReviewedAccess> memberships(List<String> groupIds, Set<String> userIds) {
        Map<String, String> groupNames = groupNames();
        List<ReviewedAccess> items = new ArrayList<>();
        for (Object[] row : em.createQuery("select m.groupId, m.userId, m.source, m.addedAt from GroupMemberEntity m"
                + " where m.realmId = :realmId", Object[].class).setParameter("realmId", realm.getId())
                .getResultList()) {
            String groupId = (String) row[0];
            String userId = (String) row[1];
            if ((groupIds != null && !groupIds.contains(groupId)) || (userIds != null && !userIds.contains(userId))) {
                continue;
            }
            RealmUsers.User user = users.byId(userId);
            items.add(new ReviewedAccess(userId, user.username(), user.enabled(), AccessType.MEMBERSHIP,
                    "eug:" + groupId, groupNames.getOrDefault(groupId, groupId), groupId,
                    "member (" + ((String) row[2]).toLowerCase(Locale.ROOT).replace('_', '-') + ")",
                    Instant.ofEpochMilli((Long) row[3]), null));
        }
        return items;
    }

    private Map<String, String> groupNames() {
        Map<String, String> names = new HashMap<>();
        for (EndUserGroupEntity group : em.createNamedQuery("EndUserGroup.byRealm", EndUserGroupEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            names.put(group.getId(), group.getName());
        }
        return names;
    }

    private SolutionEntity solution(String id) {
        SolutionEntity solution = !Limits.lookable(id) ? null : em.find(SolutionEntity.class, id);
        if (solution == null || !solution.getRealmId().equals(realm.getId())) {
            throw new InvalidInput("scope.id", "no solution with this id in the realm");
        }
        return solution;
    }

    private EndUserGroupEntity group(String id) {
        EndUserGroupEntity group = !Limits.lookable(id) ? null : em.find(EndUserGroupEntity.class, id);
        if (group == null || !group.getRealmId().equals(realm.getId())) {
            throw new InvalidInput("scope.id", "no end-user group with this id in the realm");
        }
        return group;
    }
}
