package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.store.Listings;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.usage.GrantUse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** The runtime role catalog under {@code /admin/realms/{realm}/runtime-access/roles}. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RolesResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminChanges changes;
    private final SharingStore store;
    private final Listings listings;

    RolesResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminChanges changes) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.changes = changes;
        this.store = new SharingStore(session, realm);
        this.listings = new Listings(session, realm);
    }

    @GET
    public List<Representations.Role> list(@QueryParam("search") String search, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        auth.users().requireView();
        Page page = Page.of(search, first, max);
        return listings.roles(page.search(), page.first(), page.max()).stream().map(RolesResource::toRepresentation)
                .collect(Collectors.toList());
    }

    @POST
    public Response create(JsonNode body) {
        auth.users().requireManage();
        Representations.Role rep = JsonBodies.read(body, Representations.Role.class);
        String name = Names.require("name", rep == null ? null : rep.name);
        RuntimeRoleEntity role = store.createRole(name, Limits.text("description", rep.description, Limits.TEXT));
        Representations.Role created = toRepresentation(role);
        changes.record(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{name}")
    public Map<String, Object> delete(@PathParam("name") String name) {
        auth.users().requireManage();
        int[] removed = store.deleteRole(name);
        GrantUse.deleteRole(session, realm, name);
        Map<String, Object> result = Map.of("role", name, "removedFromBuilds", removed[0], "removedGrants", removed[1]);
        changes.record(OperationType.DELETE, result);
        return result;
    }

    /** What a delete would take along: how many builds list the role and how many grants give it. */
    @GET
    @Path("{name}/usage")
    public Map<String, Object> usage(@PathParam("name") String name) {
        auth.users().requireView();
        if (name == null || name.length() > Names.MAX_LENGTH || !store.roleNames().contains(name)) {
            throw BadRequest.notFound("name", "no role '" + Limits.shown(name) + "'");
        }
        long[] usage = listings.roleUsage(name);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("role", name);
        result.put("builds", usage[0]);
        result.put("grants", usage[1]);
        return result;
    }

    static Representations.Role toRepresentation(RuntimeRoleEntity role) {
        Representations.Role rep = new Representations.Role();
        rep.id = role.getId();
        rep.name = role.getName();
        rep.description = role.getDescription();
        return rep;
    }
}
