package io.runtimeaccess.reviews.reviewing;

import io.runtimeaccess.reviews.admin.CampaignBody;
import io.runtimeaccess.reviews.decide.CampaignDecisions;
import io.runtimeaccess.reviews.decision.ItemDecision;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.authzen.CallerToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The reviewers' own API under {@code /realms/{realm}/runtime-access/reviews}, authenticated by the reviewer's
 * access token (verified as the check API and the access requests' API verify one, by {@link CallerToken}): the
 * items of open campaigns waiting for the caller, and their decisions on them, one or a bulk. Every call acts as
 * the token's user, in the token's realm only, and only on items the user reviews. Admins keep deciding any item
 * through the admin API ({@code manage-users}), which is the override.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewerResource {

    /** A reviewer's page: enough for a screen, bounded so one call never reads a whole campaign. */
    static final int MAX_PAGE = 500;
    /** 1,000 decisions of at most 1,000-character justifications fit, with room. */
    static final int MAX_DECISIONS_BYTES = 4 * 1024 * 1024;

    private final KeycloakSession session;
    private final RealmModel realm;

    public ReviewerResource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** The items of open campaigns the caller reviews, decided or not (a decision may change until the close). */
    @GET
    public List<Map<String, Object>> waiting(@QueryParam("first") String first, @QueryParam("max") String max) {
        Reviewer reviewer = Reviewer.of(CallerToken.authenticateWithSession(session, realm));
        return new WaitingItems(session, realm).of(reviewer.user().getId(),
                QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("max", max, 100, 1, MAX_PAGE));
    }

    /**
     * {@code {"decisions":[{"itemId","decision":"approve|revoke|delegate","justification","delegateTo"}]}}, the
     * admin API's body and rules; every item must be one the caller reviews, or nothing is recorded.
     */
    @POST
    @Path("decisions")
    public Map<String, Object> decide(InputStream body) {
        Reviewer reviewer = Reviewer.of(CallerToken.authenticateWithSession(session, realm));
        // read once the caller is known, and bounded: up to 1,000 decisions with their justifications
        List<ItemDecision> decisions = CampaignBody.decisions(JsonBodies.readBounded(body, MAX_DECISIONS_BYTES));
        List<ReviewItemEntity> items = new WaitingItems(session, realm).decidable(reviewer.user().getId(), decisions);
        CampaignBody.valid(() -> {
            new CampaignDecisions(session, realm).record(items, decisions, reviewer.user(),
                    ServerAdminEvents.tokenUser(realm, reviewer.token()));
            return null;
        });
        return Map.of("decided", items.size());
    }
}
