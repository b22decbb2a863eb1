package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Which of a rule's keys name nothing in the realm now. A rule keeps its keys as written: a Keycloak role is named
 * by its name (renaming it in Keycloak leaves the rule naming the old one), and deleting a role, a group, an
 * end-user group, a solution or a runtime role does not reach the rules naming it. Such a key can never be held,
 * so the rule silently stops guarding that combination; the API lists these keys for an admin to fix.
 */
final class RuleKeyCheck {

    private final KeycloakSession session;
    private final RealmModel realm;
    private Set<String> solutionIds;
    private Set<String> runtimeRoles;

    RuleKeyCheck(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    List<String> unresolved(List<String> keys) {
        List<String> unresolved = new ArrayList<>();
        for (String key : keys) {
            if (!resolves(key)) {
                unresolved.add(key);
            }
        }
        return unresolved;
    }

    private boolean resolves(String key) {
        AccessKind kind = HeldAccess.kindOf(key);
        if (kind == null) {
            return false;
        }
        String rest = key.substring(key.indexOf(':') + 1);
        return switch (kind) {
            case REALM_ROLE, CLIENT_ROLE -> RoleKeys.role(realm, key) != null;
            case GROUP -> realm.getGroupById(rest) != null;
            case END_USER_GROUP -> new EndUserGroupStore(session, realm).find(rest).isPresent();
            case GRANT -> grantResolves(rest);
        };
    }

    /** {@code {solutionId}:{role}}: the solution is the realm's and the role is in its catalog. */
    private boolean grantResolves(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return false;
        }
        if (solutionIds == null) {
            SharingStore store = new SharingStore(session, realm);
            solutionIds = store.solutions().stream().map(SolutionEntity::getId).collect(Collectors.toSet());
            runtimeRoles = store.roleNames();
        }
        return solutionIds.contains(rest.substring(0, colon)) && runtimeRoles.contains(rest.substring(colon + 1));
    }
}
