package io.runtimeaccess.requests.item;

import io.runtimeaccess.requests.policy.ApproverType;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.UserIds;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * An item's approvers as the admin names them, checked against the realm: users by id or username (stored by id,
 * so a rename keeps them), a group by id, a realm role by name. A manager attribute is only a name (the item's
 * policy is then refused if users can edit it on themselves: {@link Approvers#trusted}).
 */
final class ItemApprovers {

    private ItemApprovers() {
    }

    static List<String> resolve(KeycloakSession session, RealmModel realm, ApproverType type, List<String> values) {
        if (values == null || values.size() > 50) {
            return values;
        }
        List<String> resolved = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank() || value.length() > 255) {
                return values;
            }
            Limits.text("approvers.values", value, 255);
            resolved.add(switch (type) {
                case USERS -> user(session, realm, value.trim()).getId();
                case GROUP -> {
                    if (realm.getGroupById(value.trim()) == null) {
                        throw BadRequest.invalid("approvers.values", "no group with id '" + Limits.shown(value) + "'");
                    }
                    yield value.trim();
                }
                case REALM_ROLE -> {
                    if (realm.getRole(value.trim()) == null) {
                        throw BadRequest.invalid("approvers.values", "no realm role '" + Limits.shown(value) + "'");
                    }
                    yield value.trim();
                }
                case MANAGER -> value.trim();
            });
        }
        return resolved;
    }

    private static UserModel user(KeycloakSession session, RealmModel realm, String idOrUsername) {
        UserModel user = UserIds.byId(session, realm, idOrUsername);
        if (user == null) {
            user = session.users().getUserByUsername(realm, idOrUsername);
        }
        if (user == null) {
            throw BadRequest.invalid("approvers.values", "no user '" + Limits.shown(idOrUsername) + "'");
        }
        return user;
    }
}
