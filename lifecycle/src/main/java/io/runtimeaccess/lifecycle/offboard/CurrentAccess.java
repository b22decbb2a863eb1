package io.runtimeaccess.lifecycle.offboard;

import io.runtimeaccess.requests.request.RequesterOffboarding;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What offboarding takes from a user, read now: the runtime grants made to the user (not those of the user's
 * groups, which go with the memberships), the end-user-group memberships of every source, the online and offline
 * sessions, and whether the account is enabled. The dry run stores it per user; apply reads it again, since the
 * realm may have changed between plan and apply, and removes what it finds then.
 */
final class CurrentAccess {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingStore sharing;
    private final EndUserGroupStore groups;
    private final EntityManager em;
    /** Names read as the users' grants and memberships name them: an apply makes one of these per user. */
    private final Map<String, String> solutionNames = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    CurrentAccess(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.sharing = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    List<GrantEntity> grants(String userId) {
        return sharing.grantsTo(PrincipalType.USER, userId);
    }

    /** The user's memberships of every source: added by an admin, synced from the identity provider, or requested. */
    List<GroupMemberEntity> memberships(String userId) {
        return groups.membershipsOf(userId);
    }

    /** The JSON the plan stores and shows for one user. */
    Map<String, Object> describe(UserModel user) {
        Map<String, Object> access = new LinkedHashMap<>();
        access.put("enabled", user.isEnabled());
        access.put("grants", grants(user.getId()).stream().map(this::grant).toList());
        access.put("memberships", memberships(user.getId()).stream().map(this::membership).toList());
        // ended with the account: a pending one cancelled, an active one ended (a role it mapped goes too)
        access.put("requests", RequesterOffboarding.planned(session, realm, user.getId()));
        access.put("sessions", session.sessions().getUserSessionsStream(realm, user).count());
        access.put("offlineSessions", session.sessions().getOfflineUserSessionsStream(realm, user).count());
        return access;
    }

    Map<String, Object> grant(GrantEntity grant) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", grant.getId());
        rep.put("solutionId", grant.getSolutionId());
        rep.put("solution", solutionNames.computeIfAbsent(grant.getSolutionId(), id -> {
            SolutionEntity solution = em.find(SolutionEntity.class, id);
            return solution == null ? null : solution.getName();
        }));
        rep.put("role", grant.getRoleName());
        rep.put("expiresAt", grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()).toString());
        return rep;
    }

    Map<String, Object> membership(GroupMemberEntity member) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("groupId", member.getGroupId());
        rep.put("group", groupNames.computeIfAbsent(member.getGroupId(), id -> {
            EndUserGroupEntity group = em.find(EndUserGroupEntity.class, id);
            return group == null ? null : group.getName();
        }));
        rep.put("source", member.getSource().toLowerCase(java.util.Locale.ROOT));
        return rep;
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }
}
