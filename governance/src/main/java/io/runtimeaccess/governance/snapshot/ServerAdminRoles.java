package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.risk.AdminRoles;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * The master realm's realm roles that administer the server ({@link AdminRoles#MASTER_REALM_ROLES}: {@code admin},
 * and {@code create-realm}, whose holder becomes the admin of every realm they create), as this realm has them;
 * none in any other realm. One list for what governance treats as privileged and what offboarding leaves alone.
 */
public final class ServerAdminRoles {

    private ServerAdminRoles() {
    }

    public static List<RoleModel> of(RealmModel realm) {
        List<RoleModel> roles = new ArrayList<>();
        if (Config.getAdminRealm().equals(realm.getName())) {
            for (String name : AdminRoles.MASTER_REALM_ROLES) {
                RoleModel role = realm.getRole(name);
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
