package io.runtimeaccess.lifecycle.offboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.lifecycle.actor.AdminActor;
import io.runtimeaccess.lifecycle.plan.PlanScope;
import io.runtimeaccess.lifecycle.plan.StepCounts;
import io.runtimeaccess.requests.request.RequesterOffboarding;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Offboarding plans under {@code /admin/realms/{realm}/runtime-access/lifecycle/offboarding/plans}: a dry run
 * creates one, apply (again, to resume) carries it out. Planning and applying need realm-management
 * {@code manage-users}, reading {@code view-users}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OffboardingResource {

    private static final int MAX_PAGE = 1_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public OffboardingResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    /** The dry run: {@code {"identityProvider": alias}} or {@code {"endUserGroup": id or name}}, and a reason. */
    @POST
    @Path("plans")
    public Response plan(JsonNode body) {
        auth.users().requireManage();
        if (body == null || !body.isObject()) {
            throw BadRequest.invalid("body", "a JSON object with identityProvider or endUserGroup is required");
        }
        JsonBodies.onlyFields(body, Set.of(PlanScope.IDENTITY_PROVIDER.field(), PlanScope.END_USER_GROUP.field(), "reason"));
        String provider = text(body, PlanScope.IDENTITY_PROVIDER.field());
        String group = text(body, PlanScope.END_USER_GROUP.field());
        String reason = Limits.text("reason", text(body, "reason"), Limits.TEXT);
        if ((provider == null) == (group == null)) {
            throw BadRequest.invalid(provider == null ? "identityProvider" : "endUserGroup",
                    "give exactly one of identityProvider and endUserGroup");
        }
        PlanScope scope = provider != null ? PlanScope.IDENTITY_PROVIDER : PlanScope.END_USER_GROUP;
        OffboardingPlanEntity plan = new OffboardingPlanner(session, realm).plan(scope,
                provider != null ? provider : group, reason, AdminActor.of(session, auth.adminAuth()));
        PlanStore store = new PlanStore(session, realm.getId());
        return Response.status(Response.Status.CREATED).entity(PlanViews.withUsers(plan, store.users(plan.getId())))
                .build();
    }

    @GET
    @Path("plans")
    public List<Map<String, Object>> plans(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        PlanStore store = new PlanStore(session, realm.getId());
        List<OffboardingPlanEntity> plans = store.plans(number("first", first, 0, Integer.MAX_VALUE),
                number("max", max, 100, MAX_PAGE));
        Map<String, StepCounts> steps = store.steps(plans.stream().map(OffboardingPlanEntity::getId).toList());
        return plans.stream().map(plan -> PlanViews.summary(plan, steps.get(plan.getId()))).toList();
    }

    @GET
    @Path("plans/{planId}")
    public Map<String, Object> plan(@PathParam("planId") String planId) {
        auth.users().requireView();
        PlanStore store = new PlanStore(session, realm.getId());
        OffboardingPlanEntity plan = store.plan(planId);
        return PlanViews.withUsers(plan, store.users(plan.getId()));
    }

    /** Applies the plan, or resumes it where it stopped; a 409 naming {@code planId} once it is applied. */
    @POST
    @Path("plans/{planId}/apply")
    public Map<String, Object> apply(@PathParam("planId") String planId) {
        auth.users().requireManage();
        OffboardingRun run = new OffboardingRun(session, realm, planId, AdminActor.of(session, auth.adminAuth()));
        List<String> open = new PlanStore(session, realm.getId()).openKeycloakUserIds(planId);
        if (open.contains(auth.adminAuth().getUser().getId())) {
            // as the planner is never planned: an admin applying would disable and sign out themselves halfway
            throw BadRequest.conflict("planId", "you are one of this plan's users: another admin applies it");
        }
        // ending active requests unmaps the Keycloak roles they gave, in this admin's name: as Keycloak's role
        // mapping asks, they must be allowed to map each one (manage-users alone must not take realm-admin away)
        RequesterOffboarding.rolesToUnmap(session, realm, open).forEach(auth.roles()::requireMapRole);
        run.run(OffboardingFaults.stopAfter(realm));
        // read in a fresh transaction: the steps committed in their own
        return Fresh.plan(session, realm.getId(), planId);
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw BadRequest.invalid(field, "must be a non-empty string");
        }
        // a NUL would reach the identity-provider query, which PostgreSQL refuses with a server error
        return Limits.text(field, value.asText(), Limits.TEXT);
    }

    private static int number(String name, String value, int absent, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0 || number > max) {
                throw BadRequest.invalid(name, "must be between 0 and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw BadRequest.invalid(name, "must be a whole number");
        }
    }
}
