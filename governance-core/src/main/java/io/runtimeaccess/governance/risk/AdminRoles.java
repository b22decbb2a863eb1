package io.runtimeaccess.governance.risk;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;

/**
 * Recognises Keycloak's administrative roles among access items: {@code realm-admin} and the {@code manage-*}
 * roles of a realm's {@code realm-management} client (or of a {@code {realm}-realm} client in the master realm),
 * and the master realm's own admin roles, {@code admin} and {@code create-realm} (whoever creates a realm becomes its
 * admin), as realm roles of those names. Viewing roles ({@code view-*}, {@code query-*}) are not admin.
 */
public final class AdminRoles {

    /** The master realm's realm roles that administer the server. */
    public static final java.util.List<String> MASTER_REALM_ROLES = java.util.List.of("admin", "create-realm");

    private static final String REALM_MANAGEMENT = "realm-management";
    private static final String MASTER_REALM_CLIENT_SUFFIX = "-realm";

    private AdminRoles() {
    }

    public static boolean isAdmin(AccessItem item) {
        if (item.kind() == AccessKind.REALM_ROLE) {
            String name = item.key().substring(AccessKind.REALM_ROLE.prefix().length() + 1);
            return MASTER_REALM_ROLES.contains(name);
        }
        if (item.kind() != AccessKind.CLIENT_ROLE) {
            return false;
        }
        // key: client-role:{clientId}:{roleName}; role names cannot hold ':' in the management clients
        String rest = item.key().substring(AccessKind.CLIENT_ROLE.prefix().length() + 1);
        int colon = rest.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        String clientId = rest.substring(0, colon);
        String role = rest.substring(colon + 1);
        boolean managementClient = clientId.equals(REALM_MANAGEMENT) || clientId.endsWith(MASTER_REALM_CLIENT_SUFFIX);
        return managementClient && (role.equals("realm-admin") || role.startsWith("manage-"));
    }
}
