package io.runtimeaccess.events.actor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    /** The session attribute holding the names looked up in this request, misses included. */
    private static final String KNOWN = AdminNames.class.getName();

    private AdminNames() {
    }

    /**
     * The username, or null when neither realm has the user (any more). Each id is looked up once per request: a page
     * of grants, proposals or findings names the same few admins many times, and Keycloak's user cache does not keep
     * a miss (a master-realm admin is one in every other realm).
     */
    public static String username(KeycloakSession session, RealmModel realm, String userId) {
        if (userId == null) {
            return null;
        }
        return known(session).computeIfAbsent(realm.getId() + " " + userId,
                key -> Optional.ofNullable(lookUp(session, realm, userId))).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Optional<String>> known(KeycloakSession session) {
        Map<String, Optional<String>> known = session.getAttribute(KNOWN, Map.class);
        if (known == null) {
            known = new HashMap<>();
            session.setAttribute(KNOWN, known);
        }
        return known;
    }

    private static String lookUp(KeycloakSession session, RealmModel realm, String userId) {
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
