package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.index.AccessIndexes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** One user's access under {@code /admin/realms/{realm}/runtime-access/users/{user}}; the user by id, username or email. */
@Produces(MediaType.APPLICATION_JSON)
public class UserAccessResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final String user;

    UserAccessResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, String user) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.user = user;
    }

    /** The user's effective access across all solutions, and why: a direct grant or which group. */
    @GET
    @Path("access")
    public List<Representations.Access> access() {
        auth.users().requireView();
        UserModel model = Users.find(session, realm, "user", user, user);
        return AccessIndexes.of(session, realm).explain(model.getId(), System.currentTimeMillis()).stream()
                .map(path -> {
                    Representations.Access access = new Representations.Access();
                    access.solutionId = path.solutionId();
                    access.role = path.role();
                    access.viaGroup = path.viaGroup();
                    access.expiresAt = path.expiresAtMillis() == null ? null
                            : Instant.ofEpochMilli(path.expiresAtMillis()).toString();
                    return access;
                }).collect(Collectors.toList());
    }

    /** Every grant that reaches the user, counting or not and why, with the claims its token carries. */
    @GET
    @Path("explain")
    public Map<String, Object> explain() {
        auth.users().requireView();
        return new AccessExplanation(session, realm).explain(Users.find(session, realm, "user", user, user));
    }
}
