package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Which of the keys some rules name a user holds now. Keycloak roles count as Keycloak answers
 * {@link UserModel#hasRole}: directly, through a group or through a composite. A Keycloak group counts for its members
 * and the members of its subgroups. Runtime grants count directly or through any end-user group membership, until
 * they expire; an archived group's grants do not count, as the check API gives nothing through it. Only the rules'
 * keys are looked at, never all of a user's access.
 * <p>
 * {@link #forOneUser} reads a user's grants and memberships with two queries (a change); {@link #forRealm} reads the
 * whole realm's once (a scan of every user).
 */
public final class HeldAccess {

    private final RealmModel realm;
    private final EntityManager em;
    private final long now = System.currentTimeMillis();
    /** Loaded once for a scan; null when reading user by user. */
    private Map<String, Set<String>> grantKeysByPrincipal;
    private Map<String, Set<String>> groupIdsByUser;
    /** The realm's archived end-user groups, read once when first needed. */
    private Set<String> archivedGroups;

    private HeldAccess(KeycloakSession session, RealmModel realm) {
        this.realm = realm;
        this.em = SodRules.em(session);
    }

    static HeldAccess forOneUser(KeycloakSession session, RealmModel realm) {
        return new HeldAccess(session, realm);
    }

    static HeldAccess forRealm(KeycloakSession session, RealmModel realm) {
        HeldAccess held = new HeldAccess(session, realm);
        held.grantKeysByPrincipal = new HashMap<>();
        for (GrantEntity grant : held.em.createNamedQuery("Grant.byRealm", GrantEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            if (held.current(grant)) {
                held.grantKeysByPrincipal.computeIfAbsent(principal(grant.getPrincipalType(), grant.getPrincipalId()),
                        p -> new HashSet<>()).add(AccessItem.grantKey(grant.getSolutionId(), grant.getRoleName()));
            }
        }
        held.groupIdsByUser = new HashMap<>();
        for (GroupMemberEntity member : held.em.createNamedQuery("GroupMember.byRealm", GroupMemberEntity.class)
                .setParameter("realmId", realm.getId()).getResultList()) {
            held.groupIdsByUser.computeIfAbsent(member.getUserId(), u -> new HashSet<>()).add(member.getGroupId());
        }
        return held;
    }

    /** The keys among {@code keys} that {@code user} holds. */
    Set<String> held(UserModel user, Collection<String> keys) {
        Set<String> held = new HashSet<>();
        Set<String> grants = null;
        Set<String> groups = null;
        for (String key : keys) {
            AccessKind kind = kindOf(key);
            if (kind == AccessKind.GRANT || kind == AccessKind.END_USER_GROUP) {
                if (groups == null) {
                    groups = endUserGroups(user.getId());
                }
                if (grants == null && kind == AccessKind.GRANT) {
                    grants = grantKeys(user.getId(), groups);
                }
                boolean holds = kind == AccessKind.GRANT ? grants.contains(key)
                        : groups.contains(key.substring(key.indexOf(':') + 1));
                if (holds) {
                    held.add(key);
                }
            } else if (kind != null && holdsKeycloakItem(user, kind, key)) {
                held.add(key);
            }
        }
        return held;
    }

    /** The grant keys the end-user group gives its members (a membership being added brings them along). */
    Set<String> grantKeysOfGroup(String groupId) {
        return archived(groupId) ? Set.of() : grantKeysOf(PrincipalType.GROUP, groupId);
    }

    private boolean holdsKeycloakItem(UserModel user, AccessKind kind, String key) {
        if (kind == AccessKind.REALM_ROLE || kind == AccessKind.CLIENT_ROLE) {
            RoleModel role = RoleKeys.role(realm, key);
            return role != null && user.hasRole(role);
        }
        GroupModel group = realm.getGroupById(key.substring(key.indexOf(':') + 1));
        return group != null && user.isMemberOf(group);
    }

    private Set<String> grantKeys(String userId, Set<String> endUserGroups) {
        Set<String> keys = new HashSet<>(grantKeysOf(PrincipalType.USER, userId));
        for (String groupId : endUserGroups) {
            keys.addAll(grantKeysOfGroup(groupId));
        }
        return keys;
    }

    private Set<String> grantKeysOf(PrincipalType type, String principalId) {
        if (grantKeysByPrincipal != null) {
            return grantKeysByPrincipal.getOrDefault(principal(type.name(), principalId), Set.of());
        }
        List<GrantEntity> grants = em.createQuery("select g from GrantEntity g where g.realmId = :realmId"
                + " and g.principalType = :type and g.principalId = :principalId", GrantEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("type", type.name())
                .setParameter("principalId", principalId).getResultList();
        Set<String> keys = new HashSet<>();
        for (GrantEntity grant : grants) {
            if (current(grant)) {
                keys.add(AccessItem.grantKey(grant.getSolutionId(), grant.getRoleName()));
            }
        }
        return keys;
    }

    private Set<String> endUserGroups(String userId) {
        if (groupIdsByUser != null) {
            return groupIdsByUser.getOrDefault(userId, Set.of());
        }
        return new HashSet<>(em.createQuery("select m.groupId from GroupMemberEntity m where m.realmId = :realmId"
                + " and m.userId = :userId", String.class).setParameter("realmId", realm.getId())
                .setParameter("userId", userId).getResultList());
    }

    private boolean archived(String groupId) {
        if (archivedGroups == null) {
            archivedGroups = new HashSet<>(em.createQuery("select g.id from EndUserGroupEntity g where g.realmId"
                    + " = :realmId and g.archived = true", String.class).setParameter("realmId", realm.getId())
                    .getResultList());
        }
        return archivedGroups.contains(groupId);
    }

    private boolean current(GrantEntity grant) {
        return grant.getExpiresAt() == null || grant.getExpiresAt() > now;
    }

    private static String principal(String type, String id) {
        return type + "/" + id;
    }

    public static AccessKind kindOf(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String prefix = key.substring(0, colon);
        for (AccessKind kind : AccessKind.values()) {
            if (kind.prefix().equals(prefix)) {
                return kind;
            }
        }
        return null;
    }
}
