package io.runtimeaccess.governance.rolemining;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.mining.MiningCoverage;
import io.runtimeaccess.governance.mining.RoleMiner;
import io.runtimeaccess.governance.mining.RoleTemplate;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.snapshot.RealmSnapshots;
import io.runtimeaccess.sharing.admin.SharingChanges;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code role-mining}: role templates mined from the realm's direct grants ({@code view-users}), and
 * {@code role-mining/{templateId}/apply} ({@code manage-users}), which turns one into a runtime role and a new,
 * inactive build of its solution. Both changes go through sharing's own code path, so they are validated,
 * audited and invalidate the access index like the same changes made through the sharing admin API.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleMiningResource {

    static final String EVENT_PATH = "governance/role-mining/";
    static final String SOURCE = "role-mining";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public RoleMiningResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @GET
    public Map<String, Object> suggestions() {
        auth.users().requireView();
        AccessSnapshot snapshot = RealmSnapshots.take(session, realm, SettingsStore.of(session, realm));
        List<RoleTemplate> templates = RoleMiner.suggest(snapshot);
        MiningCoverage coverage = RoleMiner.coverage(snapshot, templates);
        SharingStore store = new SharingStore(session, realm);
        Map<String, String> names = new LinkedHashMap<>();
        templates.forEach(t -> names.computeIfAbsent(t.solutionId(), id -> solutionName(store, id)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("solutions", List.copyOf(new TreeSet<>(names.keySet())));
        result.put("templates", templates.stream().map(t -> representation(t, names.get(t.solutionId()))).toList());
        result.put("coverage", Map.of("directGrants", coverage.directGrants(), "covered", coverage.covered(),
                "ratio", coverage.ratio()));
        return result;
    }

    @POST
    @Path("{templateId}/apply")
    public Response apply(@PathParam("templateId") String templateId, JsonNode body) {
        auth.users().requireManage();
        ApplyBody request = JsonBodies.read(body, ApplyBody.class);
        String roleName = Names.require("roleName", request == null ? null : request.roleName);
        String description = Limits.text("description", request.description, Limits.TEXT);
        RoleTemplate template = template(templateId);
        SharingStore store = new SharingStore(session, realm);
        if (store.roleNameTaken(roleName)) { // as the database compares names: MariaDB's ignores case
            throw BadRequest.conflict("roleName", "role '" + roleName + "' already exists");
        }
        SolutionEntity solution = store.solution(template.solutionId());
        BuildEntity active = store.build(solution, solution.getActiveBuildId());
        AuthDetails actor = actor();
        SharingChanges changes = SharingChanges.recordedAs(session, realm, actor);
        RuntimeRoleEntity role = changes.createRole(roleName, description);
        String buildName = TemplateBuild.nextName(store.builds(solution.getId()).stream().map(BuildEntity::getName)
                .toList());
        BuildEntity build = changes.addBuild(solution, buildName,
                TemplateBuild.withRole(Policies.read(active.getPolicy()), template.roles(), roleName));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("role", Map.of("id", role.getId(), "name", role.getName(),
                "description", role.getDescription() == null ? "" : role.getDescription()));
        result.put("solutionId", solution.getId());
        result.put("buildId", build.getId());
        result.put("buildName", build.getName());
        result.put("replacedGrants", 0);
        Map<String, Object> event = new LinkedHashMap<>(result);
        event.put("templateId", template.id());
        event.put("templateRoles", template.roles());
        event.put("source", SOURCE + " by admin:" + auth.adminAuth().getUser().getUsername());
        ServerAdminEvents.record(session, realm, OperationType.ACTION, EVENT_PATH + template.id() + "/apply", event,
                actor);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    /** The template with this id in today's suggestions; ids are stable, so one shown earlier still matches. */
    private RoleTemplate template(String templateId) {
        if (Limits.lookable(templateId)) {
            AccessSnapshot snapshot = RealmSnapshots.take(session, realm, SettingsStore.of(session, realm));
            for (RoleTemplate template : RoleMiner.suggest(snapshot)) {
                if (template.id().equals(templateId)) {
                    return template;
                }
            }
        }
        throw BadRequest.notFound("templateId", "no role template '" + Limits.shown(templateId) + "' in this realm");
    }

    private AuthDetails actor() {
        AdminAuth admin = auth.adminAuth();
        AuthDetails details = new AuthDetails();
        details.setRealmId(admin.getRealm().getId());
        details.setRealmName(admin.getRealm().getName());
        details.setClientId(admin.getClient().getId());
        details.setUserId(admin.getUser().getId());
        if (session.getContext().getConnection() != null) {
            details.setIpAddress(session.getContext().getConnection().getRemoteAddr());
        }
        return details;
    }

    private static String solutionName(SharingStore store, String solutionId) {
        return store.solution(solutionId).getName();
    }

    private static Map<String, Object> representation(RoleTemplate template, String solutionName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", template.id());
        json.put("solutionId", template.solutionId());
        json.put("solutionName", solutionName);
        json.put("roles", template.roles());
        json.put("users", template.userIds().size());
        json.put("userIds", template.userIds());
        json.put("grantsReplaced", template.grantsReplaced());
        return json;
    }

    /** The body of {@code apply}. */
    public static class ApplyBody {
        public String roleName;
        public String description;
    }
}
