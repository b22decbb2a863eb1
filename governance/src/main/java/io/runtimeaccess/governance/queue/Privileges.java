package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.separation.KeycloakAssignments;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.snapshot.RealmAdminRoles;
import io.runtimeaccess.mappers.claim.BooleanValue;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.SharingStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What no automatic change may touch, read from Keycloak at the moment of applying rather than trusted from
 * the proposal: admin roles (the realm-management client's roles, and in the master realm its {@code admin}
 * role and the realms' admin clients), any role or group that includes one, the designer flag, and the items
 * an admin marked privileged in the settings, with what brings them: a composite or a Keycloak group carrying a
 * privileged role, a subgroup of a privileged group, an end-user group holding a privileged grant.
 */
final class Privileges {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final GovernanceSettings settings;
    private RealmAdminRoles adminRoles;

    Privileges(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
        this.session = session;
        this.realm = realm;
        this.settings = settings;
    }

    /** The item, marked privileged if Keycloak or the settings say it is. */
    AccessItem check(AccessItem item) {
        if (item == null || item.privileged() || settings.privilegedItems().contains(item.key())) {
            return item == null ? null : item.asPrivileged();
        }
        ItemKeys.Target target = ItemKeys.resolve(session, realm, item.kind(), item.key());
        if (target.role() != null && adminRoles().includedIn(target.role())) {
            return item.asPrivileged();
        }
        if (target.group() != null && !adminRoles().givenBy(target.group()).isEmpty()) {
            return item.asPrivileged();
        }
        return bringsAPrivilegedItem(item, target) ? item.asPrivileged() : item;
    }

    private boolean bringsAPrivilegedItem(AccessItem item, ItemKeys.Target target) {
        Set<String> groupGrants = item.kind() != AccessKind.END_USER_GROUP ? Set.of()
                : new SharingStore(session, realm).grantsTo(PrincipalType.GROUP, target.id()).stream()
                        .map(g -> AccessItem.grantKey(g.getSolutionId(), g.getRoleName())).collect(Collectors.toSet());
        for (String key : settings.privilegedItems()) {
            if (groupGrants.contains(key) || KeycloakAssignments.implies(realm, target.role(), target.group(), key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user's account is privileged: an admin, a designer, or holding an item marked privileged. */
    boolean user(UserModel user) {
        if (BooleanValue.isTrue(user.getFirstAttribute(RuntimeAttributesTokenMapperConfig.DEFAULT_DESIGNER_ATTRIBUTE))) {
            return true;
        }
        if (adminRoles().heldBy(user)) {
            return true;
        }
        for (String key : settings.privilegedItems()) {
            if (ItemKeys.holds(session, realm, user, key)) {
                return true;
            }
        }
        return false;
    }

    private RealmAdminRoles adminRoles() {
        if (adminRoles == null) {
            adminRoles = RealmAdminRoles.of(realm);
        }
        return adminRoles;
    }
}
