package io.runtimeaccess.reviews.scope;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.risk.AdminRoles;
import io.runtimeaccess.governance.settings.SettingsStore;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Who holds a privileged role directly: Keycloak's admin roles as governance recognises them ({@link AdminRoles}) and
 * the realm and client roles the realm's governance settings mark privileged. One query per privileged role, never
 * per user. Holdings through a group or a composite are reviewed on that group or composite, not here.
 */
final class PrivilegedHolders {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RealmUsers users;

    PrivilegedHolders(KeycloakSession session, RealmModel realm, RealmUsers users) {
        this.session = session;
        this.realm = realm;
        this.users = users;
    }

    List<ReviewedAccess> read() {
        Set<String> marked = SettingsStore.of(session, realm).privilegedItems();
        List<ReviewedAccess> items = new ArrayList<>();
        realm.getRolesStream().forEach(role -> add(items, role, AccessKind.REALM_ROLE.prefix() + ":" + role.getName(),
                marked));
        realm.getClientsStream().forEach(client -> client.getRolesStream().forEach(role -> add(items, role,
                AccessKind.CLIENT_ROLE.prefix() + ":" + client.getClientId() + ":" + role.getName(), marked)));
        return items;
    }

    private void add(List<ReviewedAccess> items, RoleModel role, String key, Set<String> marked) {
        AccessKind kind = role.isClientRole() ? AccessKind.CLIENT_ROLE : AccessKind.REALM_ROLE;
        if (!marked.contains(key) && !AdminRoles.isAdmin(new AccessItem(kind, key, null, null, true))) {
            return;
        }
        String label = role.isClientRole() ? ((ClientModel) role.getContainer()).getClientId() + " / " + role.getName()
                : role.getName();
        session.users().getRoleMembersStream(realm, role).forEach((UserModel user) -> {
            RealmUsers.User known = users.byId(user.getId());
            items.add(new ReviewedAccess(user.getId(), known.username(), known.enabled(), AccessType.ROLE, key,
                    label, key, "direct role mapping", null, null));
        });
    }
}
