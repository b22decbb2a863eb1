package io.runtimeaccess.requests.item;

import io.runtimeaccess.mappers.profile.AttributeDeclarationCheck;
import io.runtimeaccess.requests.policy.ApproverRule;
import io.runtimeaccess.requests.policy.ApproverType;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/** Whether a user of the realm is an approver under a rule, from what Keycloak knows about the user and the requester. */
public final class Approvers {

    private Approvers() {
    }

    public static boolean allows(KeycloakSession session, RealmModel realm, ApproverRule rule, UserModel approver,
            String requesterId) {
        return rule.allows(candidate(session, realm, rule, approver, requesterId));
    }

    /**
     * False for a manager rule whose attribute users can edit on themselves, as the realm's user profile says now
     * (it may have changed since the item was saved): a requester could name an accomplice, so nobody approves.
     */
    public static boolean trusted(KeycloakSession session, RealmModel realm, ApproverRule rule) {
        return rule.type() != ApproverType.MANAGER
                || !AttributeDeclarationCheck.selfEditable(session, realm, rule.values().get(0));
    }

    /** Why a self-editable manager attribute is refused, for the API's answers. */
    public static String untrustedWhy(String attribute) {
        return "users can edit the attribute '" + attribute + "' themselves (Realm settings > User profile), so a "
                + "requester could name their own approver: declare it with edit for admins only";
    }

    /** Only what the rule's type looks at is read: groups with their ancestors, one realm role, the manager attribute. */
    private static ApproverRule.Candidate candidate(KeycloakSession session, RealmModel realm, ApproverRule rule,
            UserModel approver, String requesterId) {
        Set<String> groups = rule.type() == ApproverType.GROUP ? groupsWithAncestors(approver) : Set.of();
        Set<String> roles = Set.of();
        if (rule.type() == ApproverType.REALM_ROLE) {
            RoleModel role = realm.getRole(rule.values().get(0));
            roles = role != null && approver.hasRole(role) ? Set.of(role.getName()) : Set.of();
        }
        Set<String> managers = Set.of();
        if (rule.type() == ApproverType.MANAGER) {
            UserModel requester = session.users().getUserById(realm, requesterId);
            managers = requester == null ? Set.of()
                    : requester.getAttributeStream(rule.values().get(0)).map(String::trim).collect(Collectors.toSet());
        }
        return new ApproverRule.Candidate(approver.getId(), approver.getUsername(), groups, roles, managers);
    }

    private static Set<String> groupsWithAncestors(UserModel user) {
        Set<String> ids = new HashSet<>();
        user.getGroupsStream().forEach(group -> {
            for (GroupModel g = group; g != null && ids.add(g.getId()); g = g.getParent()) {
                // walk up: a member of a subgroup is a member of the approver group
            }
        });
        return ids;
    }
}
