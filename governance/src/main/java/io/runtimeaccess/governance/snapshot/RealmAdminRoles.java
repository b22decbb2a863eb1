package io.runtimeaccess.governance.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ClientModel;
import org.keycloak.models.Constants;
import org.keycloak.models.GroupModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The roles that administer a realm: the realm-management client's roles and, in the admin realm, each realm's
 * {@code {name}-realm} client's roles and the server's admin roles ({@link ServerAdminRoles}). Keycloak maps one of
 * them only for an admin who holds it. One list for what governance treats as privileged and for who may approve an
 * access request for such a role. Read once per use from Keycloak's cached models.
 */
public final class RealmAdminRoles {

    private final List<RoleModel> roles;

    private RealmAdminRoles(List<RoleModel> roles) {
        this.roles = roles;
    }

    public static RealmAdminRoles of(RealmModel realm) {
        List<RoleModel> roles = new ArrayList<>();
        if (Config.getAdminRealm().equals(realm.getName())) {
            // only the admin realm has a "{name}-realm" client per realm: its clients are walked there alone
            realm.getClientsStream().filter(client -> Constants.REALM_MANAGEMENT_CLIENT_ID.equals(client.getClientId())
                    || client.getClientId().endsWith(AdminRoles.APP_SUFFIX))
                    .flatMap(ClientModel::getRolesStream).forEach(roles::add);
        } else {
            ClientModel management = realm.getClientByClientId(Constants.REALM_MANAGEMENT_CLIENT_ID);
            if (management != null) {
                management.getRolesStream().forEach(roles::add);
            }
        }
        roles.addAll(ServerAdminRoles.of(realm));
        return new RealmAdminRoles(roles);
    }

    /** Whether the role is one of them, or a composite that includes one. */
    public boolean includedIn(RoleModel role) {
        return roles.stream().anyMatch(admin -> isOrIncludes(role, admin));
    }

    /** The ones the role is or includes (a composite's, at any depth). */
    public List<RoleModel> includedBy(RoleModel role) {
        return roles.stream().filter(admin -> isOrIncludes(role, admin)).toList();
    }

    private static boolean isOrIncludes(RoleModel role, RoleModel admin) {
        return role.getId().equals(admin.getId()) || role.isComposite() && role.hasRole(admin);
    }

    /** The ones the group gives its members, through its own mappings, composites or parents. */
    public List<RoleModel> givenBy(GroupModel group) {
        return roles.stream().filter(group::hasRole).toList();
    }

    /** Whether the user holds one, directly or through composites and groups. */
    public boolean heldBy(UserModel user) {
        return roles.stream().anyMatch(user::hasRole);
    }
}
