package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChange;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The principal a grant request names: a user by id, username or email, or an end-user group by id or name. */
record GrantPrincipal(PrincipalType type, String id) {

    static GrantPrincipal resolve(KeycloakSession session, RealmModel realm, Representations.Principal principal) {
        if (principal == null) {
            throw BadRequest.invalid("principal", "is required");
        }
        Limits.text("principal.id", principal.id, Limits.USER_REF);
        Limits.text("principal.name", principal.name, Limits.USER_REF);
        if (principal.type == null) {
            throw BadRequest.invalid("principal.type", "is required: user or group");
        } else if ("user".equals(principal.type)) {
            return new GrantPrincipal(PrincipalType.USER,
                    Users.find(session, realm, "principal", principal.id, principal.name).getId());
        } else if ("group".equals(principal.type)) {
            String group = principal.id != null ? principal.id : principal.name;
            if (group == null || group.isBlank()) {
                throw BadRequest.invalid("principal", "an id or a name is required");
            }
            return new GrantPrincipal(PrincipalType.GROUP, new EndUserGroupStore(session, realm).groupByIdOrName(group).getId());
        }
        throw BadRequest.invalid("principal.type", "'" + Limits.shown(principal.type) + "' is not one of user, group");
    }

    /**
     * Who gets {@code itemKey} by a grant to this principal: the user, or every member of the group (nobody while
     * the group is archived: the check API gives nothing through it).
     */
    List<AccessChange> changes(KeycloakSession session, RealmModel realm, String itemKey) {
        if (type == PrincipalType.USER) {
            return List.of(new AccessChange(id, List.of(itemKey)));
        }
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        if (groups.group(id).isArchived()) {
            return List.of();
        }
        return groups.members(id).stream().map(GroupMemberEntity::getUserId)
                .distinct().map(userId -> new AccessChange(userId, List.of(itemKey))).toList();
    }
}
