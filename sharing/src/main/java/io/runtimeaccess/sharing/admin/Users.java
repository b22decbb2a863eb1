package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.BadRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Finds a realm user the way admins name one: by id, username or email. */
final class Users {

    private Users() {
    }

    /** By {@code id} if given and found, else by {@code name} as username, then as email. */
    static UserModel find(KeycloakSession session, RealmModel realm, String field, String id, String name) {
        UserModel user = null;
        if (id != null) {
            user = session.users().getUserById(realm, id);
        }
        if (user == null && name != null) {
            user = session.users().getUserByUsername(realm, name);
            if (user == null) {
                user = session.users().getUserByEmail(realm, name);
            }
        }
        if (user == null) {
            throw BadRequest.notFound(field, "no user '" + (id != null ? id : name) + "' in this organization");
        }
        return user;
    }

    static String username(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? null : user.getUsername();
    }
}
