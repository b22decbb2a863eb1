package io.runtimeaccess.governance.run;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** {@code runs}: start a run now ({@code manage-users}) and list the latest runs ({@code view-users}). */
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    private static final int DEFAULT_MAX = 20;
    private static final int MAX = 200;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public RunsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** Runs the realm's analysis now and answers the finished (or failed) run; 409 in mode {@code off}. */
    @POST
    public Map<String, Object> start() {
        auth.users().requireManage();
        if (!RunEngine.enabled(session, realm)) {
            throw BadRequest.conflict("mode", "mode off: access intelligence does not run");
        }
        Map<String, Object> run = RunStore.representation(RunEngine.run(session, realm, Trigger.API));
        adminEvent.resource(ResourceType.CUSTOM).operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri()).representation(run).success();
        return run;
    }

    @GET
    public List<Map<String, Object>> list(@QueryParam("max") String max) {
        auth.users().requireView();
        int limit = QueryParams.integer("max", max, DEFAULT_MAX, 1, MAX);
        return new RunStore(session, realm.getId()).latest(limit).stream().map(RunStore::representation).toList();
    }
}
