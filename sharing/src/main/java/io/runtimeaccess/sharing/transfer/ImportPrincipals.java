package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The users and groups an import document names, found in the target realm by username or group name. */
final class ImportPrincipals {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingDocument doc;

    ImportPrincipals(KeycloakSession session, RealmModel realm, SharingDocument doc) {
        this.session = session;
        this.realm = realm;
        this.doc = doc;
    }

    /** The realm's user of that username; a 400 naming {@code field} when there is none. */
    UserModel user(String field, String username) {
        if (username == null || username.isBlank()) {
            throw BadRequest.invalid(field, "a username is required");
        }
        Limits.text(field, username, Limits.USER_REF);
        UserModel user = session.users().getUserByUsername(realm, username);
        if (user == null) {
            throw BadRequest.invalid(field, "no user '" + Limits.shown(username) + "'");
        }
        return user;
    }

    /** The grant's principal's id here; a group the document creates has none yet during a dry run. */
    String id(SharingDocument.Grant grant, Map<String, EndUserGroupEntity> groupsByName) {
        if ("user".equals(grant.principalType)) {
            return user("grants.principal", grant.principal).getId();
        }
        if ("group".equals(grant.principalType)) {
            // names are trimmed as groups are (Names.requireGroup), so "Claims " names the group "Claims" here too
            String name = grant.principal == null ? null : grant.principal.trim();
            EndUserGroupEntity group = name == null ? null : groupsByName.get(name);
            if (group != null) {
                return group.getId();
            }
            if (doc.groups != null && doc.groups.stream().anyMatch(g -> g != null && g.name != null
                    && g.name.trim().equals(name))) {
                return "(new group " + name + ")";
            }
            throw BadRequest.invalid("grants.principal", "no group '" + Limits.shown(grant.principal) + "'");
        }
        throw BadRequest.invalid("grants.principalType", "'" + Limits.shown(grant.principalType)
                + "' is not one of user, group");
    }
}
