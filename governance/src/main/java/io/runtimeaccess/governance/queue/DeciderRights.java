package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.snapshot.RealmAdminRoles;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the approving admin must be allowed to do in Keycloak itself: approving applies the change in their name, so
 * a proposal to add or remove a Keycloak role needs the right to map that role, and one for a Keycloak group the
 * right to manage its membership, as Keycloak's own role-mapping and group APIs ask. Adding a group that carries an
 * admin role, or a composite role that includes one, also needs the right to map that admin role: {@code manage-users}
 * alone must not hand out {@code realm-admin}. Runtime grants and end-user groups need only {@code manage-users}, as in
 * the sharing API.
 */
public final class DeciderRights {

    private DeciderRights() {
    }

    /** Throws Keycloak's 403 when the admin may not make this proposal's change. */
    public static void require(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            ProposalEntity proposal) {
        ProposalApplier.Change change = ProposalApplier.Change.of(proposal);
        if (change.change() != ChangeType.ADD && change.change() != ChangeType.REMOVE || change.kind() == null
                || !change.kind().isKeycloak() || change.itemKey() == null) {
            return;
        }
        ItemKeys.Target target = ItemKeys.resolve(session, realm, change.kind(), change.itemKey());
        if (target.role() != null) {
            auth.roles().requireMapRole(target.role());
            if (change.change() == ChangeType.ADD) {
                // Keycloak's check looks at the role's own name: a composite including realm-admin would hand it out
                RealmAdminRoles.of(realm).includedBy(target.role()).forEach(auth.roles()::requireMapRole);
            }
        }
        if (target.group() != null) {
            auth.groups().requireManageMembership(target.group());
            if (change.change() == ChangeType.ADD) {
                // Keycloak's join asks only for membership rights; a group carrying realm-admin would hand it out
                RealmAdminRoles.of(realm).givenBy(target.group()).forEach(auth.roles()::requireMapRole);
            }
        }
    }
}
