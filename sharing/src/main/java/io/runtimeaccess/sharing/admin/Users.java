package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.UserIds;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Finds a realm user the way admins name one: by id, username or email. */
final class Users {

    private Users() {
    }

    /**
     * By {@code id} if given and found, else by {@code name} as username, then as email. Neither given is a
     * 400; a value longer than Keycloak stores (255) cannot name a user and is not looked up.
     */
    static UserModel find(KeycloakSession session, RealmModel realm, String field, String id, String name) {
        if ((id == null || id.isBlank()) && (name == null || name.isBlank())) {
            throw BadRequest.invalid(field, "is required");
        }
        Limits.text(field, id, Limits.USER_REF);
        Limits.text(field, name, Limits.USER_REF);
        UserModel user = null;
        if (id != null) {
            user = UserIds.byId(session, realm, id);
        }
        if (user == null && name != null) {
            user = session.users().getUserByUsername(realm, name);
            if (user == null) {
                user = session.users().getUserByEmail(realm, name);
            }
        }
        if (user == null) {
            throw BadRequest.notFound(field, "no user '" + Limits.shown(id != null ? id : name) + "' in this organization");
        }
        return user;
    }

    static String username(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? null : user.getUsername();
    }
}
