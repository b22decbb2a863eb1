package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessItem;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.utils.ModelToRepresentation;

/**
 * Keycloak's realm roles, client roles and groups as access items, each built once per snapshot, when first met,
 * from Keycloak's cached models. Privileged: the realm-management client's roles (and, in the admin realm, the realms' admin
 * clients' roles and the {@code admin} role), any composite role or group that carries one of them, and the keys
 * the realm's settings mark privileged. The realm's default-roles composite is left out: every user holds it.
 */
public final class KeycloakItems {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Set<String> privilegedKeys;
    private final Map<String, AccessItem> rolesById = new HashMap<>();
    private final Map<String, AccessItem> groupsById = new HashMap<>();
    private final RealmAdminRoles adminRoles;
    private final String defaultRoleId;

    public KeycloakItems(KeycloakSession session, RealmModel realm, Set<String> privilegedKeys) {
        this.session = session;
        this.realm = realm;
        this.privilegedKeys = privilegedKeys;
        this.adminRoles = RealmAdminRoles.of(realm);
        this.defaultRoleId = realm.getDefaultRole() == null ? null : realm.getDefaultRole().getId();
    }

    /**
     * The role as an item, or null for the default-roles composite (and a role removed meanwhile). Built when first
     * asked for, so scoring one user reads that user's roles only.
     */
    public AccessItem role(String roleId) {
        if (roleId.equals(defaultRoleId)) {
            return null;
        }
        return rolesById.computeIfAbsent(roleId, id -> {
            RoleModel role = realm.getRoleById(id);
            if (role == null) {
                return null;
            }
            return mark(role.isClientRole()
                    ? AccessItem.clientRole(((ClientModel) role.getContainer()).getClientId(), role.getName(),
                            privileged(role))
                    : AccessItem.realmRole(role.getName(), privileged(role)));
        });
    }

    /** The group as an item, or null if it was removed meanwhile. */
    public AccessItem group(String groupId) {
        return groupsById.computeIfAbsent(groupId, id -> {
            GroupModel group = session.groups().getGroupById(realm, id);
            if (group == null) {
                return null;
            }
            boolean privileged = false;
            // a subgroup's members hold its parents' roles too, as Keycloak's hasRole answers
            for (GroupModel level = group; level != null && !privileged; level = level.getParent()) {
                privileged = level.getRoleMappingsStream().anyMatch(this::privileged);
            }
            return mark(AccessItem.group(group.getId(), ModelToRepresentation.buildGroupPath(group), privileged));
        });
    }

    /** The item, marked privileged if the settings name it. */
    AccessItem mark(AccessItem item) {
        return privilegedKeys.contains(item.key()) ? item.asPrivileged() : item;
    }

    private boolean privileged(RoleModel role) {
        return adminRoles.includedIn(role);
    }

}
