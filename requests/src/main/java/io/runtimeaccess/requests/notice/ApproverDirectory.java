package io.runtimeaccess.requests.notice;

import io.runtimeaccess.requests.item.Approvers;
import io.runtimeaccess.requests.policy.ApproverRule;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The users an approver rule names, to tell them: the listed users, the members of the group and its subgroups, the
 * holders of the realm role (directly or through a group that has it), or the requester's manager. At most
 * {@value #MAX} are told. Each candidate is checked as approving checks them: enabled, a person (no service account)
 * and allowed by the rule itself ({@link Approvers}), so that whoever is told may really decide. A manager rule whose
 * attribute users can edit on themselves tells nobody: the requester would choose who gets the mail.
 */
final class ApproverDirectory {

    static final int MAX = 100;

    private ApproverDirectory() {
    }

    static Set<String> approverIds(KeycloakSession session, RealmModel realm, ApproverRule rule, String requesterId) {
        Set<String> ids = new LinkedHashSet<>();
        if (!Approvers.trusted(session, realm, rule)) {
            return ids;
        }
        candidates(session, realm, rule, requesterId).filter(u -> !u.getId().equals(requesterId))
                .filter(u -> u.isEnabled() && u.getServiceAccountClientLink() == null)
                .filter(u -> Approvers.allows(session, realm, rule, u, requesterId))
                .map(UserModel::getId).limit(MAX).forEach(ids::add);
        return ids;
    }

    private static Stream<UserModel> candidates(KeycloakSession session, RealmModel realm, ApproverRule rule,
            String requesterId) {
        String value = rule.values().get(0);
        return switch (rule.type()) {
            case USERS -> rule.values().stream().map(id -> session.users().getUserById(realm, id))
                    .filter(u -> u != null);
            case GROUP -> {
                GroupModel group = realm.getGroupById(value);
                yield group == null ? Stream.empty() : members(session, realm, group);
            }
            case REALM_ROLE -> {
                RoleModel role = realm.getRole(value);
                yield role == null ? Stream.empty() : Stream.concat(session.users().getRoleMembersStream(realm, role,
                        0, MAX), session.groups().getGroupsByRoleStream(realm, role, 0, MAX)
                        .flatMap(group -> members(session, realm, group)));
            }
            case MANAGER -> {
                UserModel requester = session.users().getUserById(realm, requesterId);
                yield requester == null ? Stream.empty() : requester.getAttributeStream(value).map(String::trim)
                        .map(name -> user(session, realm, name)).filter(u -> u != null);
            }
        };
    }

    /** The group's members and its subgroups' members, as membership of a subgroup counts for the rule. */
    private static Stream<UserModel> members(KeycloakSession session, RealmModel realm, GroupModel group) {
        return Stream.concat(session.users().getGroupMembersStream(realm, group, 0, MAX),
                group.getSubGroupsStream().flatMap(sub -> members(session, realm, sub)));
    }

    private static UserModel user(KeycloakSession session, RealmModel realm, String idOrUsername) {
        UserModel user = session.users().getUserById(realm, idOrUsername);
        return user != null ? user : session.users().getUserByUsername(realm, idOrUsername);
    }
}
