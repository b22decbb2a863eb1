package io.runtimeaccess.reviews.scope;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.risk.AdminRoles;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.reviews.holding.PrivilegedPath;
import io.runtimeaccess.reviews.holding.PrivilegedPaths;
import io.runtimeaccess.reviews.holding.PrivilegedPaths.Assignment;
import io.runtimeaccess.reviews.holding.RoleGraph;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Who holds a privileged role, and through what: Keycloak's admin roles as governance recognises them
 * ({@link AdminRoles}) and the realm and client roles the realm's governance settings mark privileged, held by a
 * direct mapping, through a Keycloak group (its own role mappings or its ancestors') or through a composite role,
 * transitively. Set-based: the realm's roles, clients, composite edges, groups and group role mappings are read with
 * one query each, then the users' mappings of the roles that lead to a privileged one and the memberships of the
 * groups that do, {@value #IN_LIST} ids per query; the expansion is done in memory ({@link PrivilegedPaths}). The
 * number of queries grows with the realm's privileged roles and groups, never with its users.
 */
final class PrivilegedHolders {

    /** Ids per {@code in} list: well under every supported database's limit on bound parameters. */
    static final int IN_LIST = 500;
    /** Keycloak's parent id of a top-level group. */
    private static final String TOP_PARENT_ID = " ";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RealmUsers users;
    private final EntityManager em;

    private record Role(String key, String label) {
    }

    PrivilegedHolders(KeycloakSession session, RealmModel realm, RealmUsers users) {
        this.session = session;
        this.realm = realm;
        this.users = users;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    List<ReviewedAccess> read() {
        Map<String, Role> roles = roles();
        Set<String> marked = SettingsStore.of(session, realm).privilegedItems();
        List<String> privileged = new ArrayList<>();
        roles.forEach((id, role) -> {
            if (marked.contains(role.key()) || AdminRoles.isAdmin(new AccessItem(kind(role.key()), role.key(), null,
                    null, true))) {
                privileged.add(id);
            }
        });
        RoleGraph graph = new RoleGraph(privileged);
        for (Object[] edge : rows("select c.parentRole.id, c.childRole.id from CompositeRoleEntity c"
                + " where c.parentRole.realmId = :realmId")) {
            graph.composite((String) edge[0], (String) edge[1]);
        }
        Map<String, String> groupPaths = groups(graph);
        for (Object[] mapping : rows("select m.group.id, m.roleId from GroupRoleMappingEntity m"
                + " where m.group.realm = :realmId")) {
            graph.groupRole((String) mapping[0], (String) mapping[1]);
        }
        List<String> leadingRoles = roles.keySet().stream().filter(id -> !graph.privilegedFromRole(id).isEmpty())
                .toList();
        List<String> leadingGroups = groupPaths.keySet().stream()
                .filter(id -> !graph.privilegedFromGroup(id).isEmpty()).toList();
        List<Assignment> mappings = assignments("select m.user.id, m.roleId from UserRoleMappingEntity m"
                + " where m.roleId in :ids", leadingRoles);
        List<Assignment> memberships = assignments("select m.user.id, m.groupId from UserGroupMembershipEntity m"
                + " where m.groupId in :ids", leadingGroups);
        List<ReviewedAccess> items = new ArrayList<>();
        for (PrivilegedPath path : PrivilegedPaths.expand(graph, mappings, memberships)) {
            items.add(item(path, roles, groupPaths));
        }
        return items;
    }

    private ReviewedAccess item(PrivilegedPath path, Map<String, Role> roles, Map<String, String> groupPaths) {
        RealmUsers.User user = users.byId(path.userId());
        Role role = roles.get(path.roleId());
        return switch (path.via()) {
            case DIRECT -> new ReviewedAccess(user.id(), user.username(), user.enabled(), AccessType.ROLE, role.key(),
                    role.label(), ref(role.key(), path.roleId()), "direct role mapping", null, null);
            case GROUP -> {
                String group = groupPaths.get(path.viaId());
                yield new ReviewedAccess(user.id(), user.username(), user.enabled(), AccessType.GROUP_ROLE,
                        role.key(), role.label() + " (through the Keycloak group " + group
                        + "; revoking removes the user from this group)", path.viaId(), "group:" + group, null, null);
            }
            case COMPOSITE -> {
                Role composite = roles.get(path.viaId());
                yield new ReviewedAccess(user.id(), user.username(), user.enabled(), AccessType.COMPOSITE_ROLE,
                        role.key(), role.label() + " (through the composite role " + composite.label()
                        + "; revoking removes the user's mapping of " + composite.label() + ")",
                        ref(composite.key(), path.viaId()), "composite:" + composite.label(), null, null);
            }
        };
    }

    /** The realm's roles (client roles included) by id, with governance's key and a label. */
    private Map<String, Role> roles() {
        Map<String, String> clientIds = new HashMap<>();
        for (Object[] client : rows("select c.id, c.clientId from ClientEntity c where c.realmId = :realmId")) {
            clientIds.put((String) client[0], (String) client[1]);
        }
        Map<String, Role> roles = new HashMap<>();
        for (Object[] row : rows("select r.id, r.name, r.clientRole, r.clientId from RoleEntity r"
                + " where r.realmId = :realmId")) {
            String name = (String) row[1];
            String clientId = Boolean.TRUE.equals(row[2]) ? clientIds.get((String) row[3]) : null;
            roles.put((String) row[0], clientId == null
                    ? new Role(AccessKind.REALM_ROLE.prefix() + ":" + name, name)
                    : new Role(AccessKind.CLIENT_ROLE.prefix() + ":" + clientId + ":" + name, clientId + " / " + name));
        }
        return roles;
    }

    /** The realm's groups' parents into the graph; returns each group's path ({@code /Finance/Approvers}) by id. */
    private Map<String, String> groups(RoleGraph graph) {
        Map<String, String[]> byId = new HashMap<>();
        // Type 0: the realm's own groups, not an organization's.
        for (Object[] row : rows("select g.id, g.name, g.parentId from GroupEntity g where g.realm = :realmId"
                + " and g.type = 0")) {
            byId.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
            if (row[2] != null && !TOP_PARENT_ID.equals(row[2])) {
                graph.groupParent((String) row[0], (String) row[2]);
            }
        }
        Map<String, String> paths = new HashMap<>();
        byId.keySet().forEach(id -> paths.put(id, path(id, byId)));
        return paths;
    }

    private static String path(String id, Map<String, String[]> byId) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        // Bounded: a corrupt parent loop ends the path instead of the server.
        for (String group = id; byId.containsKey(group) && depth++ < 100; group = byId.get(group)[1]) {
            path.insert(0, "/" + byId.get(group)[0]);
        }
        return path.toString();
    }

    private List<Assignment> assignments(String jpql, List<String> ids) {
        List<Assignment> assignments = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (Object[] row : em.createQuery(jpql, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()) {
                assignments.add(new Assignment((String) row[0], (String) row[1]));
            }
        }
        return assignments;
    }

    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql, Object[].class).setParameter("realmId", realm.getId()).getResultList();
    }

    private static AccessKind kind(String key) {
        return key.startsWith(AccessKind.CLIENT_ROLE.prefix() + ":") ? AccessKind.CLIENT_ROLE : AccessKind.REALM_ROLE;
    }

    /**
     * What a revocation finds the role by: its key, or, for a client role whose client id and name make the key
     * longer than the column (a SAML entity id can be long), its id.
     */
    private static String ref(String key, String roleId) {
        return key.length() <= ReviewItemEntity.REF_LENGTH ? key : ReviewItemEntity.ROLE_ID_REF + roleId;
    }
}
