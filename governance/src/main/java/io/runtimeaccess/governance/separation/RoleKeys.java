package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.access.AccessKind;
import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The Keycloak role an access key names: {@code realm-role:{name}} or {@code client-role:{clientId}:{name}}. Client
 * ids (a SAML entity id, a URN) and role names may both hold colons, so each colon is tried in turn; the first that
 * names a client of the realm having such a role wins.
 */
public final class RoleKeys {

    private static final String REALM_ROLE = AccessKind.REALM_ROLE.prefix() + ":";
    private static final String CLIENT_ROLE = AccessKind.CLIENT_ROLE.prefix() + ":";

    private RoleKeys() {
    }

    /** The role, or null when the realm has none such or the key names no role. */
    public static RoleModel role(RealmModel realm, String key) {
        if (key.startsWith(REALM_ROLE)) {
            return realm.getRole(key.substring(REALM_ROLE.length()));
        }
        if (!key.startsWith(CLIENT_ROLE)) {
            return null;
        }
        String rest = key.substring(CLIENT_ROLE.length());
        for (int colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1)) {
            ClientModel client = realm.getClientByClientId(rest.substring(0, colon));
            RoleModel role = client == null ? null : client.getRole(rest.substring(colon + 1));
            if (role != null) {
                return role;
            }
        }
        return null;
    }
}
