package io.runtimeaccess.governance.separation;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code .../governance/sod}: rules (CRUD), the detective scan and the record of preventive decisions. Reading
 * needs {@code view-users}, changing a rule {@code manage-users}; every change is a CUSTOM admin event.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SodResource {

    private static final int EVENTS_DEFAULT = 100;
    private static final int EVENTS_MAX = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public SodResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    @Path("rules")
    public List<SodRuleBody> rules() {
        auth.users().requireView();
        RuleKeyCheck check = new RuleKeyCheck(session, realm);
        return SodRules.of(session, realm).stream().map(rule -> SodRuleBody.of(rule).checked(check)).toList();
    }

    @GET
    @Path("rules/{id}")
    public SodRuleBody rule(@PathParam("id") String id) {
        auth.users().requireView();
        return SodRuleBody.of(SodRules.toRule(new SodRuleStore(session, realm).rule(id)))
                .checked(new RuleKeyCheck(session, realm));
    }

    @POST
    @Path("rules")
    public Response create(JsonNode body) {
        auth.users().requireManage();
        SodRule rule = JsonBodies.read(body, SodRuleBody.class).toRule(null, solutionIds());
        SodRuleBody created = SodRuleBody.of(SodRules.toRule(new SodRuleStore(session, realm).create(rule)));
        changed(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created.checked(new RuleKeyCheck(session, realm)))
                .build();
    }

    @PUT
    @Path("rules/{id}")
    public SodRuleBody update(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        SodRuleStore store = new SodRuleStore(session, realm);
        SodRuleEntity entity = store.ruleForUpdate(id);
        JsonBodies.read(body, SodRuleBody.class); // its own fields' types first: a 400 names the field as sent
        SodRule rule = SodRuleBody.over(SodRuleBody.of(SodRules.toRule(entity)), body)
                .toRule(entity.getId(), solutionIds());
        SodRuleBody updated = SodRuleBody.of(SodRules.toRule(store.update(entity, rule)));
        changed(OperationType.UPDATE, updated);
        return updated.checked(new RuleKeyCheck(session, realm));
    }

    @DELETE
    @Path("rules/{id}")
    public Response delete(@PathParam("id") String id) {
        auth.users().requireManage();
        SodRuleStore store = new SodRuleStore(session, realm);
        SodRuleEntity entity = store.rule(id);
        SodRuleBody deleted = SodRuleBody.of(SodRules.toRule(entity));
        store.delete(entity);
        changed(OperationType.DELETE, deleted);
        return Response.noContent().build();
    }

    /** Who holds what an enabled rule forbids together, now. */
    @GET
    @Path("violations")
    public List<Map<String, Object>> violations() {
        auth.users().requireView();
        return SodScan.violations(session, realm);
    }

    @GET
    @Path("events")
    public List<Map<String, Object>> events(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        return SodEvents.list(session, realm, QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, EVENTS_DEFAULT, 1, EVENTS_MAX));
    }

    private Set<String> solutionIds() {
        return new SharingStore(session, realm).solutions().stream().map(SolutionEntity::getId)
                .collect(Collectors.toSet());
    }

    private void changed(OperationType operation, SodRuleBody rule) {
        adminEvent.resource(ResourceType.CUSTOM).operation(operation).resourcePath(session.getContext().getUri())
                .representation(rule).success();
    }
}
