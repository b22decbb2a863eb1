package io.runtimeaccess.sharing.admin;

import jakarta.ws.rs.ForbiddenException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What the calling admin may do in the realm, for the console to show only what will work. Read with the
 * evaluator's non-throwing checks, so it is the same answer every endpoint's own check gives.
 */
final class AdminRights {

    private AdminRights() {
    }

    /** {@code {"realm","viewUsers","manageUsers","viewEvents","manageEvents","viewRealm","manageRealm"}}; 403 with none. */
    static Map<String, Object> of(RealmModel realm, AdminPermissionEvaluator auth) {
        Map<String, Object> rights = new LinkedHashMap<>();
        rights.put("realm", realm.getName());
        rights.put("viewUsers", auth.users().canView());
        rights.put("manageUsers", auth.users().canManage());
        rights.put("viewEvents", auth.realm().canViewEvents());
        rights.put("manageEvents", auth.realm().canManageEvents());
        rights.put("viewRealm", auth.realm().canViewRealm());
        rights.put("manageRealm", auth.realm().canManageRealm());
        if (!rights.containsValue(Boolean.TRUE)) {
            throw new ForbiddenException("not an admin of realm " + realm.getName());
        }
        return rights;
    }
}
