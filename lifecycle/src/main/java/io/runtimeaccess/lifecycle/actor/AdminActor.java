package io.runtimeaccess.lifecycle.actor;

import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * The admin on whose request the server offboards or onboards users: their auth details go into every admin
 * event the work records, also when it runs in transactions of its own, and their username into the plan.
 */
public record AdminActor(AuthDetails auth, String username) {

    public static AdminActor of(KeycloakSession session, AdminAuth adminAuth) {
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(adminAuth.getRealm().getId());
        auth.setRealmName(adminAuth.getRealm().getName());
        auth.setClientId(adminAuth.getClient().getId());
        auth.setUserId(adminAuth.getUser().getId());
        if (session.getContext().getConnection() != null) {
            auth.setIpAddress(session.getContext().getConnection().getRemoteAddr());
        }
        return new AdminActor(auth, adminAuth.getUser().getUsername());
    }
}
