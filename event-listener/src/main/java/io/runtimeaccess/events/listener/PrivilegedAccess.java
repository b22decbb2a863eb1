package io.runtimeaccess.events.listener;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.keycloak.Config;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.util.JsonSerialization;

/**
 * Works out what an admin change granted and whether it is admin-level, on the request thread where the
 * realm model is at hand: role mappings by the roles in the representation and what they carry as composites (or,
 * without a representation, by the client they belong to), group memberships by the roles the group carries.
 */
final class PrivilegedAccess {

    private final Set<String> privilegedRoles;

    PrivilegedAccess(Set<String> privilegedRoles) {
        this.privilegedRoles = privilegedRoles;
    }

    List<GrantedAccess> granted(KeycloakSession session, RealmModel realm, AdminEvent event) {
        if (event.getOperationType() != OperationType.CREATE || event.getResourceType() == null) {
            return List.of();
        }
        ResourceType type = event.getResourceType();
        if (type == ResourceType.REALM_ROLE_MAPPING || type == ResourceType.CLIENT_ROLE_MAPPING) {
            return roles(session, realm, event);
        }
        if (type == ResourceType.GROUP_MEMBERSHIP) {
            return group(session, realm, event.getResourcePath());
        }
        return List.of();
    }

    private List<GrantedAccess> roles(KeycloakSession session, RealmModel realm, AdminEvent event) {
        List<GrantedAccess> granted = new ArrayList<>();
        JsonNode roles = representation(event);
        ClientModel client = clientOf(realm, event.getResourcePath());
        if (roles != null && roles.isArray()) {
            List<RoleModel> privileged = privilegedRoles(session, realm);
            for (JsonNode role : roles) {
                String name = role.path("name").asText("");
                RoleModel model = roleOf(realm, client, role);
                // the role itself, and what it carries: a composite holding realm-admin is admin-level, another
                // client's role that happens to be called "admin" is not
                boolean admin = model == null ? privilegedRoles.contains(name)
                        : privileged.stream().anyMatch(model::hasRole);
                granted.add(new GrantedAccess("role", name, admin));
            }
            return granted;
        }
        // Without the representation only the client is known: any role of a client administering a realm is
        // admin-level
        if (client != null) {
            granted.add(new GrantedAccess("role", client.getClientId() + ":*", adminClient(session, client)));
        }
        return granted;
    }

    private List<GrantedAccess> group(KeycloakSession session, RealmModel realm, String resourcePath) {
        int at = resourcePath == null ? -1 : resourcePath.lastIndexOf("/groups/");
        if (at < 0) {
            return List.of();
        }
        GroupModel group = session.groups().getGroupById(realm, resourcePath.substring(at + "/groups/".length()));
        if (group == null) {
            return List.of();
        }
        return List.of(new GrantedAccess("group", group.getName(), carriesPrivilegedRole(session, realm, group)));
    }

    /** Effective roles count: a role the group gets from a parent group or a composite is admin-level too. */
    private boolean carriesPrivilegedRole(KeycloakSession session, RealmModel realm, GroupModel group) {
        return privilegedRoles(session, realm).stream().anyMatch(group::hasRole);
    }

    /**
     * The configured privileged names as the realm's roles: realm roles and the roles of the clients that administer
     * a realm, realm-management and, in the server's admin realm, every realm's {@code <realm>-realm} client (read
     * only on an admin event in that realm, which is rare).
     */
    private List<RoleModel> privilegedRoles(KeycloakSession session, RealmModel realm) {
        List<ClientModel> adminClients = new ArrayList<>();
        ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
        if (management != null) {
            adminClients.add(management);
        }
        if (Config.getAdminRealm().equals(realm.getName())) {
            session.realms().getRealmsStream().map(RealmModel::getMasterAdminClient).filter(Objects::nonNull)
                    .forEach(adminClients::add);
        }
        List<RoleModel> roles = new ArrayList<>();
        for (String name : privilegedRoles) {
            RoleModel realmRole = realm.getRole(name);
            if (realmRole != null) {
                roles.add(realmRole);
            }
            adminClients.stream().map(client -> client.getRole(name)).filter(Objects::nonNull).forEach(roles::add);
        }
        return roles;
    }

    /**
     * A client that administers a realm: realm-management, or, in the server's admin realm, the client
     * {@code <realm>-realm} through which its admins manage that realm.
     */
    private static boolean adminClient(KeycloakSession session, ClientModel client) {
        if (Constants.REALM_MANAGEMENT_CLIENT_ID.equals(client.getClientId())) {
            return true;
        }
        String clientId = client.getClientId();
        if (!Config.getAdminRealm().equals(client.getRealm().getName()) || !clientId.endsWith("-realm")) {
            return false;
        }
        RealmModel managed = session.realms().getRealmByName(clientId.substring(0, clientId.length() - 6));
        ClientModel masterAdminClient = managed == null ? null : managed.getMasterAdminClient();
        return masterAdminClient != null && masterAdminClient.getId().equals(client.getId());
    }

    /** The mapped role: by its id, else by name on the path's client or the realm; null when it is gone. */
    private static RoleModel roleOf(RealmModel realm, ClientModel client, JsonNode role) {
        String id = role.path("id").asText(null);
        RoleModel byId = id == null ? null : realm.getRoleById(id);
        if (byId != null) {
            return byId;
        }
        String name = role.path("name").asText(null);
        if (name == null) {
            return null;
        }
        return client != null ? client.getRole(name) : realm.getRole(name);
    }

    private static ClientModel clientOf(RealmModel realm, String resourcePath) {
        int at = resourcePath == null ? -1 : resourcePath.indexOf("/role-mappings/clients/");
        return at < 0 ? null : realm.getClientById(resourcePath.substring(at + "/role-mappings/clients/".length()));
    }

    private static JsonNode representation(AdminEvent event) {
        if (event.getRepresentation() == null) {
            return null;
        }
        try {
            return JsonSerialization.mapper.readTree(event.getRepresentation());
        } catch (IOException unreadable) {
            return null;
        }
    }
}
