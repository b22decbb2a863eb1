package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.authzen.AccessSearch;
import io.runtimeaccess.sharing.authzen.Evaluation;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The AuthZEN searches asked by an admin under {@code /admin/realms/{realm}/runtime-access/search}: "who has
 * access to this resource" and "what can this user do" for the console, with the check API's bodies and
 * answers, computed by the same code, about any user of the realm (an unknown one finds nothing).
 */
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    AdminSearchResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    @Path("subject")
    public ObjectNode subject(InputStream body) {
        return search().subjects(read(body));
    }

    @POST
    @Path("resource")
    public ObjectNode resource(InputStream body) {
        return search().resources(read(body));
    }

    @POST
    @Path("action")
    public ObjectNode action(InputStream body) {
        return search().actions(read(body));
    }

    private AccessSearch search() {
        return new AccessSearch(session, realm, idOrUsername -> Evaluation.findUser(session, realm, idOrUsername));
    }

    /** The admin's right ({@code view-users}) is checked before the body is read. */
    private JsonNode read(InputStream body) {
        auth.users().requireView();
        return Evaluation.readRequest(session.getContext().getRequestHeaders(), body);
    }
}
