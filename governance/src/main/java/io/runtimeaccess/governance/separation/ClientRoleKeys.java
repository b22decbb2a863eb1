package io.runtimeaccess.governance.separation;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The client role an access key names after {@code client-role:}, {@code {clientId}:{role}}. Client ids (a SAML
 * entity id, a URN) and role names may both hold colons, so each colon is tried in turn; the first that names a
 * client of the realm having such a role wins.
 */
public final class ClientRoleKeys {

    private ClientRoleKeys() {
    }

    /** The role, or null when no client of the realm has it. */
    public static RoleModel role(RealmModel realm, String clientIdAndRole) {
        for (int colon = clientIdAndRole.indexOf(':'); colon > 0; colon = clientIdAndRole.indexOf(':', colon + 1)) {
            ClientModel client = realm.getClientByClientId(clientIdAndRole.substring(0, colon));
            RoleModel role = client == null ? null : client.getRole(clientIdAndRole.substring(colon + 1));
            if (role != null) {
                return role;
            }
        }
        return null;
    }
}
