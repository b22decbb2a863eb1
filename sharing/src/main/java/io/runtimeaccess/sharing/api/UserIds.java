package io.runtimeaccess.sharing.api;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A user id as a request gives it, looked up only when Keycloak can read it as one. */
public final class UserIds {

    private UserIds() {
    }

    /**
     * Keycloak reads an id starting {@code f:} as a user-storage id, {@code f:{provider}:{external id}}, and fails
     * (a server error) on one without the second colon. No user has such an id: it is simply not found.
     */
    public static boolean parsable(String id) {
        return id != null && (!id.startsWith("f:") || id.indexOf(':', 2) > 0);
    }

    /** The user with this id, or {@code null}, also for an id Keycloak cannot read ({@link #parsable}). */
    public static UserModel byId(KeycloakSession session, RealmModel realm, String id) {
        return parsable(id) ? session.users().getUserById(realm, id) : null;
    }
}
