package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.risk.RiskReason;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.api.UserIds;
import io.runtimeaccess.sharing.store.Usernames;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * User risk under the governance API: {@code GET risk} (users by score) when mounted as {@code risk}, and
 * {@code GET|POST users/{user}/risk} when mounted as {@code users}. One resource for both so the concept keeps
 * one locator.
 */
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

    public static final String RANKING = "risk";
    public static final String USERS = "users";
    private static final int MAX_PAGE = 1000;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;
    private final String mountedAs;

    public RiskResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent, String mountedAs) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
        this.mountedAs = mountedAs;
    }

    /** Users with a stored risk of at least {@code min}, highest first. */
    @GET
    public List<Map<String, Object>> ranked(@QueryParam("min") String min, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        mounted(RANKING);
        auth.users().requireView();
        int minScore = QueryParams.integer("min", min, 0, 0, 100);
        int from = QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE);
        int size = QueryParams.integer("max", max, 100, 1, MAX_PAGE);
        List<StoredRisk> ranked = UserRiskStore.ranked(session, realm, minScore, from, size);
        Map<String, String> usernames = Usernames.of(session, realm, ranked.stream().map(StoredRisk::userId).toList());
        return ranked.stream().map(stored -> representation(stored, usernames.get(stored.userId()))).toList();
    }

    @GET
    @Path("{user}/risk")
    public Map<String, Object> ofUser(@PathParam("user") String user) {
        mounted(USERS);
        auth.users().requireView();
        UserModel model = user(user);
        return representation(UserRisks.storedOrComputed(session, realm, model), model.getUsername());
    }

    @POST
    @Path("{user}/risk")
    public Map<String, Object> recompute(@PathParam("user") String user) {
        mounted(USERS);
        auth.users().requireManage();
        UserModel model = user(user);
        Map<String, Object> risk = representation(UserRisks.recompute(session, realm, model), model.getUsername());
        adminEvent.resource(ResourceType.CUSTOM).operation(OperationType.ACTION)
                .resourcePath(session.getContext().getUri()).representation(risk).success();
        return risk;
    }

    private void mounted(String path) {
        if (!mountedAs.equals(path)) {
            throw new NotFoundException();
        }
    }

    /** By id, then by username; 404 naming the field when neither is a user of this realm. */
    private UserModel user(String ref) {
        Limits.text("user", ref, Limits.USER_REF);
        UserModel user = UserIds.byId(session, realm, ref);
        if (user == null) {
            user = session.users().getUserByUsername(realm, ref);
        }
        if (user == null) {
            throw BadRequest.notFound("user", "no user '" + Limits.shown(ref) + "' in this realm");
        }
        return user;
    }

    static Map<String, Object> representation(StoredRisk stored, String username) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (RiskReason reason : stored.risk().reasons()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", reason.code());
            json.put("points", reason.points());
            json.put("text", reason.text());
            reasons.add(json);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", stored.userId());
        json.put("username", username);
        json.put("score", stored.risk().score());
        json.put("level", stored.risk().level());
        json.put("reasons", reasons);
        json.put("computedAt", stored.computedAt().toString());
        json.put("modelVersion", stored.modelVersion());
        return json;
    }
}
