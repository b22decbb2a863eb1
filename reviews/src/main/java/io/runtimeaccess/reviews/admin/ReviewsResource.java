package io.runtimeaccess.reviews.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.queue.Actor;
import io.runtimeaccess.reviews.campaign.CampaignPlan;
import io.runtimeaccess.reviews.campaign.CampaignState;
import io.runtimeaccess.reviews.close.CampaignClosing;
import io.runtimeaccess.reviews.close.RevocationRights;
import io.runtimeaccess.reviews.decide.CampaignDecisions;
import io.runtimeaccess.reviews.decision.Decision;
import io.runtimeaccess.reviews.decision.ItemDecision;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.reviews.start.CampaignStart;
import io.runtimeaccess.reviews.store.CampaignEntity;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.reviews.store.ReviewStore;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.QueryParams;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Access-review campaigns under {@code /admin/realms/{realm}/runtime-access/reviews/campaigns}: start one, list and
 * read them and their items, record decisions (one or many), close one early, and export a closed one's evidence in
 * CSV or JSON. Reading needs realm-management {@code view-users}, everything else {@code manage-users}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    private static final int MAX_PAGE = 1_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;

    public ReviewsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
    }

    @POST
    @Path("campaigns")
    public Response start(JsonNode body) {
        auth.users().requireManage();
        CampaignPlan plan = CampaignBody.plan(body);
        Actor actor = Actor.admin(session, auth.adminAuth());
        BiConsumer<AccessType, String> startRights = revocable();
        CampaignEntity campaign = CampaignBody.valid(() -> CampaignStart.start(session, realm, plan,
                auth.adminAuth().getUser().getUsername(), null, actor.auth(), access -> startRights.accept(access.type(), access.ref())));
        return Response.status(Response.Status.CREATED).entity(CampaignViews.campaign(campaign)).build();
    }

    @GET
    @Path("campaigns")
    public List<Map<String, Object>> campaigns(@QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        return store().campaigns(QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, 100, 1, MAX_PAGE)).stream().map(CampaignViews::campaign).toList();
    }

    @GET
    @Path("campaigns/{id}")
    public Map<String, Object> campaign(@PathParam("id") String id) {
        auth.users().requireView();
        return CampaignViews.campaign(store().campaign(id));
    }

    @GET
    @Path("campaigns/{id}/items")
    public List<Map<String, Object>> items(@PathParam("id") String id, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        auth.users().requireView();
        CampaignEntity campaign = store().campaign(id);
        List<ReviewItemEntity> page = store().items(campaign.getId(),
                QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, 100, 1, MAX_PAGE));
        RealmUsers users = RealmUsers.read(session, realm, page.stream()
                .flatMap(item -> CampaignDecisions.reviewerIds(item.getReviewers()).stream()).toList());
        return page.stream().map(item -> CampaignViews.item(item, users)).toList();
    }

    /** {@code {"decisions":[{"itemId","decision":"approve|revoke|delegate","justification","delegateTo"}]}}. */
    @POST
    @Path("campaigns/{id}/decisions")
    public Map<String, Object> decide(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        CampaignEntity campaign = store().campaignToChange(id);
        List<ItemDecision> decisions = CampaignBody.decisions(body);
        requireRevocationRights(campaign, decisions);
        Actor actor = Actor.admin(session, auth.adminAuth());
        int decided = CampaignBody.valid(() -> new CampaignDecisions(session, realm)
                .decide(campaign, decisions, auth.adminAuth().getUser(), actor.auth()).size());
        return Map.of("decided", decided);
    }

    /** Closes the campaign now: default decisions for what is undecided, then its revocations if it auto-applies. */
    @POST
    @Path("campaigns/{id}/close")
    public Map<String, Object> close(@PathParam("id") String campaignId) {
        auth.users().requireManage();
        CampaignEntity campaign = store().campaign(campaignId);
        if (!CampaignState.OPEN.name().equals(campaign.getState())) {
            throw BadRequest.conflict("id", "the campaign is closed already");
        }
        store().revocableAccess(campaign.getId()).forEach(access -> RevocationRights.require(session, realm, auth,
                AccessType.valueOf((String) access[0]), (String) access[1]));
        Actor actor = Actor.admin(session, auth.adminAuth());
        if (!CampaignClosing.close(session.getKeycloakSessionFactory(), realm.getId(), campaign.getId(),
                auth.adminAuth().getUser().getUsername(), actor.auth())) {
            throw BadRequest.conflict("id", "the campaign was closed meanwhile");
        }
        // Closing ran in transactions of its own: read what they committed in a fresh one too (this request's
        // transaction keeps its first snapshot under MariaDB's repeatable read).
        String id = campaign.getId();
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                fresh -> CampaignViews.campaign(new ReviewStore(fresh, realm.getId()).campaign(id)));
    }

    /**
     * An admin's revoke is applied at the close, whoever closes: at the deadline in the starter's name. So the admin
     * who records it must be allowed to take that access away themselves, as at a start or a close. A delegation
     * needs the same: the delegate's revoke (or the default at the deadline, for an item left undecided) is applied
     * in the same name, so handing an item to an account of one's choosing would otherwise take away what the admin
     * may not.
     */
    private void requireRevocationRights(CampaignEntity campaign, List<ItemDecision> decisions) {
        ReviewStore store = store();
        BiConsumer<AccessType, String> revocable = revocable();
        for (ItemDecision decision : decisions) {
            ReviewItemEntity item = decision.decision() != Decision.APPROVE
                    ? store.item(campaign.getId(), decision.itemId()) : null;
            if (item != null) {
                revocable.accept(AccessType.valueOf(item.getAccessType()), item.getRef());
            }
        }
    }

    /** Each piece of access (type and reference) is checked once, however many users or decisions name it. */
    private BiConsumer<AccessType, String> revocable() {
        Set<String> checked = new HashSet<>();
        return (type, ref) -> {
            if (checked.add(type + " " + ref)) {
                RevocationRights.require(session, realm, auth, type, ref);
            }
        };
    }

    /** The closed campaign's evidence: {@code format} csv (default) or json. */
    @GET
    @Path("campaigns/{id}/evidence")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response evidence(@PathParam("id") String id, @QueryParam("format") String format) {
        auth.users().requireView();
        CampaignEntity campaign = store().campaign(id);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw BadRequest.invalid("format", "'" + Limits.shown(format) + "' is not one of csv, json");
        }
        if (!CampaignState.CLOSED.name().equals(campaign.getState())) {
            throw BadRequest.conflict("id", "the campaign is still open: evidence is exported once it is closed");
        }
        String file = "access-review-" + campaign.getId();
        if ("json".equals(format)) {
            return Response.ok(EvidenceExport.json(session, realm, store(), campaign), MediaType.APPLICATION_JSON_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"").build();
        }
        return Response.ok(EvidenceExport.csv(session, realm, store(), campaign), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
    }

    private ReviewStore store() {
        return new ReviewStore(session, realm.getId());
    }
}
