package io.runtimeaccess.events.actor;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The username of a user recorded by id (who granted, who decided, whose finding): a user of the realm or an admin of
 * the master realm (user ids are unique across realms, and only master-realm admins act in realms other than their
 * own). Views carry it beside the id for people to read; the id stays the record.
 */
public final class AdminNames {

    private AdminNames() {
    }

    /** The username, or null when neither realm has the user (any more). */
    public static String username(KeycloakSession session, RealmModel realm, String userId) {
        if (userId == null) {
            return null;
        }
        UserModel here = session.users().getUserById(realm, userId);
        if (here != null) {
            return here.getUsername();
        }
        RealmModel master = session.realms().getRealmByName(Config.getAdminRealm());
        UserModel admin = master == null || master.getId().equals(realm.getId()) ? null
                : session.users().getUserById(master, userId);
        return admin == null ? null : admin.getUsername();
    }
}
