package io.runtimeaccess.governance.queue;

import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;

/**
 * Who decides a proposal: an admin (their auth details go into the admin events, their id into
 * {@code decidedBy}) or the server applying a proposal in mode auto-low-risk.
 *
 * @param source how the decision names its source in admin events: {@code admin:{username}} or {@code auto-low-risk}
 */
public record Actor(AuthDetails auth, String id, String source) {

    public static final String AUTO_LOW_RISK = "auto-low-risk";

    public static Actor admin(KeycloakSession session, AdminAuth adminAuth) {
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(adminAuth.getRealm().getId());
        auth.setRealmName(adminAuth.getRealm().getName());
        auth.setClientId(adminAuth.getClient().getId());
        auth.setUserId(adminAuth.getUser().getId());
        if (session.getContext().getConnection() != null) {
            auth.setIpAddress(session.getContext().getConnection().getRemoteAddr());
        }
        return new Actor(auth, adminAuth.getUser().getId(), "admin:" + adminAuth.getUser().getUsername());
    }

    public static Actor server(RealmModel realm) {
        AuthDetails auth = new AuthDetails();
        auth.setRealmId(realm.getId());
        auth.setRealmName(realm.getName());
        return new Actor(auth, null, AUTO_LOW_RISK);
    }
}
