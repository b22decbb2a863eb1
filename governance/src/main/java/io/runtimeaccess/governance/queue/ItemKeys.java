package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.separation.RoleKeys;
import io.runtimeaccess.governance.separation.HeldAccess;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import java.util.List;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/** Access item keys read back into what they name in Keycloak and in the sharing store. */
final class ItemKeys {

    /**
     * What a key names; for a grant {@code id} is the solution id and {@code name} the role; for an end-user group
     * {@code id} is its id; {@code role}/{@code group} are the Keycloak models, null when gone or not of that kind.
     */
    record Target(String id, String name, RoleModel role, GroupModel group) {
    }

    private ItemKeys() {
    }

    static Target resolve(KeycloakSession session, RealmModel realm, AccessKind kind, String key) {
        String rest = key.substring(kind.prefix().length() + 1);
        switch (kind) {
            case GRANT -> {
                int colon = rest.indexOf(':');
                return colon < 0 ? new Target(rest, "", null, null)
                        : new Target(rest.substring(0, colon), rest.substring(colon + 1), null, null);
            }
            case REALM_ROLE, CLIENT_ROLE -> {
                return new Target(null, rest, RoleKeys.role(realm, key), null);
            }
            case GROUP -> {
                return new Target(rest, null, null, session.groups().getGroupById(realm, rest));
            }
            default -> {
                return new Target(rest, null, null, null);
            }
        }
    }

    /**
     * Whether the user holds the item now, as a check would answer: a grant to the user or to an end-user group the
     * user is in (not archived, not expired), a membership of any source, a role directly, through a composite or a
     * group, a group or one below it.
     */
    static boolean holds(KeycloakSession session, RealmModel realm, UserModel user, String key) {
        AccessKind kind = HeldAccess.kindOf(key);
        if (kind == null) {
            return false;
        }
        Target target = resolve(session, realm, kind, key);
        return switch (kind) {
            case GRANT -> new SharingStore(session, realm).holdsNow(user.getId(), target.id(), target.name());
            case END_USER_GROUP -> new EndUserGroupStore(session, realm).isMember(target.id(), user.getId());
            case REALM_ROLE, CLIENT_ROLE -> target.role() != null && user.hasRole(target.role());
            case GROUP -> target.group() != null && user.isMemberOf(target.group());
        };
    }

    /** The user's own (not through a group) grants of the role on the solution. */
    static List<GrantEntity> directGrants(KeycloakSession session, RealmModel realm, String userId, Target grant) {
        return new SharingStore(session, realm).grantsTo(PrincipalType.USER, userId).stream()
                .filter(g -> g.getSolutionId().equals(grant.id()) && g.getRoleName().equals(grant.name())).toList();
    }
}
