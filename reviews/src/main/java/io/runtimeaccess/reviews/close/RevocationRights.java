package io.runtimeaccess.reviews.close;

import io.runtimeaccess.governance.queue.DeciderRights;
import io.runtimeaccess.governance.queue.ProposalEntity;
import io.runtimeaccess.governance.queue.ProposalStore;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What an admin must be allowed to do in Keycloak before a campaign may take access away in their name. A revocation
 * unmaps a role, takes a user out of a Keycloak group or approves a proposal, so the admin who starts or closes the
 * campaign needs what Keycloak's own role-mapping and group APIs ask for the same change (the right to map the role,
 * to manage the group's membership) and what governance's queue asks of a proposal's approver. (Whether the realm's
 * mode lets a proposal be decided at all is checked when it is applied: {@link Revocation}.) {@code manage-users} alone must not strip another admin of {@code realm-admin}. Checked
 * when an admin starts a campaign (the deadline's close has no admin, so it applies what the starter could) and again
 * when an admin closes it. Runtime grants and end-user groups need only {@code manage-users}, as in the sharing API.
 */
public final class RevocationRights {

    private RevocationRights() {
    }

    /**
     * Throws Keycloak's 403 when the admin may not revoke this access. {@code ref} is as stored on a review item.
     */
    public static void require(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AccessType type, String ref) {
        switch (type) {
            case ROLE, COMPOSITE_ROLE -> {
                RoleModel role = Revocation.role(realm, ref);
                if (role != null) {
                    auth.roles().requireMapRole(role);
                }
            }
            case GROUP_ROLE -> {
                GroupModel group = session.groups().getGroupById(realm, ref);
                if (group != null) {
                    auth.groups().requireManageMembership(group);
                }
            }
            case PROPOSAL -> proposal(session, realm, auth, ref);
            default -> {
            }
        }
    }

    private static void proposal(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            String id) {
        ProposalEntity proposal = new ProposalStore(session, realm).find(id);
        if (proposal == null) {
            return;
        }
        DeciderRights.require(session, realm, auth, proposal);
    }
}
