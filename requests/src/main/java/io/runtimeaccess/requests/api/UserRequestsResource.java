package io.runtimeaccess.requests.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.requests.approval.Approving;
import io.runtimeaccess.requests.approval.AutoApprover;
import io.runtimeaccess.requests.audit.RequestEvents;
import io.runtimeaccess.requests.request.Refusal;
import io.runtimeaccess.requests.request.Requesting;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.QueryParams;
import io.runtimeaccess.sharing.authzen.CallerToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;

/**
 * The users' and approvers' API under {@code /realms/{realm}/runtime-access/requests}, authenticated by the user's
 * own access token (verified as the check API verifies one: this realm's keys, issuer, expiry, not-before, enabled
 * client and user). Every call acts as the token's user, in the token's realm only.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserRequestsResource {

    /** A request's or a decision's body: its texts (a comment of at most 1,000 characters) are bounded far below this. */
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    private final KeycloakSession session;
    private final RealmModel realm;

    public UserRequestsResource(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** What the caller may request, with whether it holds each item or has an open request for it. */
    @GET
    @Path("requestable")
    public List<Map<String, Object>> requestable() {
        return requesting().requestable(caller().user());
    }

    /** A page of the caller's requests, newest first: {@code first} (default 0), {@code max} (default 100). */
    @GET
    public List<Map<String, Object>> mine(@QueryParam("first") String first, @QueryParam("max") String max) {
        UserModel user = caller().user();
        Page page = Page.of(first, max);
        return requesting().mine(user, page.first(), page.max());
    }

    /** Body: {@code itemId}, {@code duration} (ISO-8601, default the item's maximum), {@code justification}, {@code ticket}. */
    @POST
    public Response create(InputStream body) {
        // read after the caller is known: a body from nobody is not parsed, and never more than the bound
        Caller caller = caller();
        RequestBody rep = JsonBodies.read(json(body), RequestBody.class);
        Map<String, Object> created = requesting().create(caller.user(), caller.auth(), rep.itemId,
                rep.duration, rep.justification, rep.ticket);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/cancel")
    public Map<String, Object> cancel(@PathParam("id") String id) {
        Caller caller = caller();
        return requesting().cancel(caller.user(), caller.auth(), id);
    }

    /** A page of the pending requests the caller may approve: {@code first} (default 0), {@code max} (default 100). */
    @GET
    @Path("approvals")
    public List<Map<String, Object>> approvals(@QueryParam("first") String first, @QueryParam("max") String max) {
        UserModel approver = caller().user();
        Page page = Page.of(first, max);
        return new Approving(session, realm).waitingFor(approver, page.first(), page.max());
    }

    /** Body (optional): {@code comment}. */
    @POST
    @Path("{id}/approve")
    public Map<String, Object> approve(@PathParam("id") String id, InputStream body) {
        Caller caller = caller();
        return new Approving(session, realm).approve(caller.user(), caller.auth(), id, comment(body));
    }

    /** Body (optional): {@code comment}. */
    @POST
    @Path("{id}/reject")
    public Map<String, Object> reject(@PathParam("id") String id, InputStream body) {
        Caller caller = caller();
        return new Approving(session, realm).reject(caller.user(), caller.auth(), id, comment(body));
    }

    private Requesting requesting() {
        return new Requesting(session, realm, requestId -> AutoApprover.afterCommit(session, realm, requestId));
    }

    /** The body is optional, so it is read here: none, or a JSON object with an optional {@code comment}. */
    private static String comment(InputStream body) {
        JsonNode tree = json(body);
        return tree == null ? null : JsonBodies.read(tree, DecisionBody.class).comment;
    }

    private static JsonNode json(InputStream body) {
        return JsonBodies.readBounded(body, MAX_BODY_BYTES);
    }

    /** The token's user; a service account has no one to request for or approve as. */
    private Caller caller() {
        AccessToken token = CallerToken.authenticateWithSession(session, realm).token();
        UserModel user = session.users().getUserById(realm, token.getSubject());
        if (user.getServiceAccountClientLink() != null) {
            throw Refusal.forbidden("service_account", "a service account cannot request or approve access");
        }
        return new Caller(user, RequestEvents.actor(realm, token));
    }

    private record Caller(UserModel user, AuthDetails auth) {
    }

    /** A list's page from the query: {@code first} (default 0) and {@code max} (default 100, at most 500). */
    private record Page(int first, int max) {
        static Page of(String first, String max) {
            return new Page(QueryParams.integer("first", first, 0, 0, Integer.MAX_VALUE),
                    QueryParams.integer("max", max, DEFAULT_PAGE, 1, MAX_PAGE));
        }
    }

    /** A new request as a user sends it. */
    public static class RequestBody {
        public String itemId;
        public String duration;
        public String justification;
        public String ticket;
    }

    /** An approver's decision body. */
    public static class DecisionBody {
        public String comment;
    }
}
