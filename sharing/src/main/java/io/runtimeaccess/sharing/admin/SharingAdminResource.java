package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.authzen.Evaluation;
import io.runtimeaccess.sharing.extension.AdminExtension;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.invite.InvitationsResource;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.Listings;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.transfer.ImportPlan;
import io.runtimeaccess.sharing.transfer.SharingDocument;
import io.runtimeaccess.sharing.transfer.SharingTransfer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The realm's runtime-authorization admin API under {@code /admin/realms/{realm}/runtime-access}.
 * Keycloak has authenticated the admin; reading needs realm-management {@code view-users}, changing
 * needs {@code manage-users}. Every change is an admin event of type CUSTOM carrying its representation.
 * End-user groups live in the {@link EndUserGroupsResource} sub-resource.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SharingAdminResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final AdminChanges changes;
    private final SharingStore store;

    public SharingAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.changes = new AdminChanges(session, realm, adminEvent);
        this.store = new SharingStore(session, realm);
    }

    /** The whole configuration with every reference by name, portable to another environment. */
    @GET
    @Path("export")
    public SharingDocument export() {
        auth.users().requireView();
        return new SharingTransfer(session, realm).export();
    }

    /**
     * Imports an exported configuration. {@code dryRun=true} returns what would change; otherwise the
     * changes are made only if nothing in the document is a problem (400 with the plan if something is).
     * Only an absent {@code dryRun} or an explicit {@code false} applies.
     */
    @POST
    @Path("import")
    public Response importDocument(JsonNode body) {
        auth.users().requireManage();
        SharingDocument doc = JsonBodies.read(body, SharingDocument.class);
        boolean dryRun = QueryParams.dryRunInQuery("dryRun", session.getContext().getUri().getRequestUri().getRawQuery());
        if (doc == null) {
            throw BadRequest.invalid("body", "an exported document is required");
        }
        ImportPlan plan = new SharingTransfer(session, realm)
                .importDocument(doc, !dryRun, auth.adminAuth().getUser().getId());
        if (!plan.problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(plan).build();
        }
        if (plan.applied && !(plan.created.isEmpty() && plan.updated.isEmpty())) {
            changes.record(OperationType.ACTION, plan);
        }
        return Response.ok(plan).build();
    }

    @Path("groups")
    public EndUserGroupsResource groups() {
        return new EndUserGroupsResource(session, realm, auth, changes, this);
    }

    /**
     * Access intelligence ({@code governance}), access requests ({@code requests}), bulk lifecycle
     * ({@code lifecycle}), access reviews ({@code reviews}) and the ticket sink ({@code tickets}), served by their
     * modules as the {@link AdminExtension} of that id.
     */
    @Path("{extension: governance|requests|lifecycle|reviews|tickets}")
    public Object extension(@PathParam("extension") String id) {
        AdminExtension extension = session.getProvider(AdminExtension.class, id);
        if (extension == null) {
            throw new NotFoundException();
        }
        return extension.resource(realm, auth, adminEvent);
    }

    @Path("roles")
    public RolesResource roles() {
        return new RolesResource(session, realm, auth, changes);
    }

    /** A user's access ({@code access}) and its explanation ({@code explain}); the user by id, username or email. */
    @Path("users/{user}")
    public UserAccessResource user(@PathParam("user") String user) {
        return new UserAccessResource(session, realm, auth, user);
    }

    /** A brand-new user invited by email, to share with; see {@link InvitationsResource}. */
    @Path("invitations")
    public InvitationsResource invitations() {
        return new InvitationsResource(session, realm, auth, adminEvent);
    }

    /** What the calling admin may do here; 403 for a caller with no admin right in the realm. */
    @GET
    @Path("whoami")
    public Map<String, Object> whoami() {
        return AdminRights.of(realm, auth);
    }

    /**
     * "May U do A on R?" asked by an admin: the check API's evaluation body and answer, through the same
     * code, plus the subject's effective roles on the solution.
     */
    @POST
    @Path("check")
    public ObjectNode check(InputStream body) {
        auth.users().requireView();
        JsonNode request = Evaluation.readRequest(session.getContext().getRequestHeaders(), body);
        // an admin's question is not the user's use of the grant: it leaves the use marks alone
        Evaluation.Outcome outcome = Evaluation.evaluate(session, realm, request, request, "",
                (subject, prefix, field) -> Users.find(session, realm, prefix + field, subject, subject), false);
        ObjectNode answer = outcome.answer();
        ArrayNode roles = answer.putArray("roles");
        outcome.roles().forEach(roles::add);
        return answer;
    }

    /** The AuthZEN searches for an admin; see {@link AdminSearchResource}. */
    @Path("search")
    public AdminSearchResource search() {
        return new AdminSearchResource(session, realm, auth);
    }

    @GET
    @Path("solutions")
    public List<Representations.Solution> solutions(@QueryParam("search") String search,
            @QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        Page page = Page.of(search, first, max);
        return new Listings(session, realm).solutions(page.search(), page.first(), page.max()).stream()
                .map(this::toRepresentation).collect(Collectors.toList());
    }

    @POST
    @Path("solutions")
    public Response createSolution(JsonNode body) {
        auth.users().requireManage();
        Representations.Solution rep = JsonBodies.read(body, Representations.Solution.class);
        SolutionEntity solution = store.createSolution(Names.require("name", rep == null ? null : rep.name));
        Representations.Solution created = toRepresentation(solution);
        changes.record(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("solutions/{id}")
    public Representations.Solution solution(@PathParam("id") String id) {
        auth.users().requireView();
        return toRepresentation(store.solution(id));
    }

    /** The solution's owners; see {@link OwnersResource}. */
    @Path("solutions/{id}/owners")
    public OwnersResource owners(@PathParam("id") String id) {
        auth.users().requireView();
        return new OwnersResource(session, realm, auth, changes, OwnedObject.solution(store.solution(id).getId()));
    }

    @POST
    @Path("solutions/{id}/builds")
    public Response addBuild(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        Representations.Build rep = JsonBodies.read(body, Representations.Build.class);
        SolutionEntity solution = store.solution(id);
        if (rep == null) {
            throw BadRequest.invalid("body", "a build is required");
        }
        BuildEntity build = store.addBuild(solution, Names.require("name", rep.name), rep);
        Representations.Build created = SolutionViews.of(build, solution);
        changes.record(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** Makes a build the Active Policy; grants of roles it does not offer stop counting at once. */
    @PUT
    @Path("solutions/{id}/active-build")
    public Representations.Solution activate(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        Representations.ActiveBuild rep = JsonBodies.read(body, Representations.ActiveBuild.class);
        SolutionEntity solution = store.solution(id);
        if (rep == null || rep.buildId == null || rep.buildId.isBlank()) {
            throw BadRequest.invalid("buildId", "is required");
        }
        BuildEntity build = store.build(solution, rep.buildId);
        solution.setActiveBuildId(build.getId());
        Representations.Solution updated = toRepresentation(solution);
        changes.record(OperationType.UPDATE, updated);
        return updated;
    }

    @GET
    @Path("solutions/{id}/share")
    public Representations.Share share(@PathParam("id") String id, @QueryParam("search") String search,
            @QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        Page page = Page.of(search, first, max);
        SolutionEntity solution = store.solution(id);
        Representations.Share share = new Representations.Share();
        share.solutionId = solution.getId();
        // an import may leave a solution without an Active Policy: it offers nothing, and its grants still show
        if (solution.getActiveBuildId() == null) {
            share.offeredRoles = new ArrayList<>();
        } else {
            BuildEntity active = store.build(solution, solution.getActiveBuildId());
            share.activeBuildId = active.getId();
            share.activeBuildName = active.getName();
            share.offeredRoles = Policies.read(active.getPolicy()).roles;
        }
        share.grants = new Listings(session, realm).grants(solution.getId(), page.search(), page.first(), page.max())
                .stream().map(this::toRepresentation).collect(Collectors.toList());
        return share;
    }

    /** Shares the solution with a user (found by id, username or email) in one role, optionally until a time. */
    @POST
    @Path("solutions/{id}/grants")
    public Response grant(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        Representations.Grant rep = JsonBodies.read(body, Representations.Grant.class);
        SolutionEntity solution = store.solution(id);
        GrantPrincipal principal = GrantPrincipal.resolve(session, realm, rep == null ? null : rep.principal);
        Limits.text("reason", rep.reason, Limits.TEXT);
        String role = Names.require("role", rep.role);
        Instant expiresAt = expiry(rep.expiresAt);
        Representations.Grant created = changes.sharing().grant(solution, principal, role, expiresAt, GrantSource.ADMIN,
                auth.adminAuth().getUser().getId(), rep.reason, AccessChangeGuards.override(rep.sodOverride));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("solutions/{id}/grants/{grantId}")
    public Response revoke(@PathParam("id") String id, @PathParam("grantId") String grantId) {
        auth.users().requireManage();
        changes.sharing().revoke(store.solution(id), grantId);
        return Response.noContent().build();
    }

    /** A grant's end: absent, or a later instant (a grant already expired would give nothing, though listed). */
    private static Instant expiry(String value) {
        Instant expiresAt = value == null || value.isBlank() ? null : Limits.instant("expiresAt", value);
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw BadRequest.invalid("expiresAt", "'" + Limits.shown(value) + "' is not in the future");
        }
        return expiresAt;
    }

    private Representations.Solution toRepresentation(SolutionEntity solution) {
        return SolutionViews.of(solution, store.builds(solution.getId()));
    }

    Representations.Grant toRepresentation(GrantEntity grant) {
        return changes.sharing().representation(grant);
    }
}
