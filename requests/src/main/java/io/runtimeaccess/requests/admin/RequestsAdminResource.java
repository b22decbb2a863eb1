package io.runtimeaccess.requests.admin;

import io.runtimeaccess.requests.item.RequestableItemsResource;
import io.runtimeaccess.requests.lifecycle.RequestStatus;
import io.runtimeaccess.requests.request.RequestView;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * Access requests in the admin API, {@code /admin/realms/{realm}/runtime-access/requests}: the requestable items
 * ({@code items}) and every request of the realm, read-only here (users and approvers act through their own API).
 * Reading needs {@code view-users}, changing items {@code manage-users}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class RequestsAdminResource {

    private static final int MAX_PAGE = 500;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    public RequestsAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @Path("items")
    public RequestableItemsResource items() {
        return new RequestableItemsResource(session, realm, auth, adminEvent);
    }

    /** The realm's requests, newest first; {@code status} pending, active, rejected, cancelled or expired. */
    @GET
    public List<Map<String, Object>> requests(@QueryParam("status") String status, @QueryParam("first") String first,
            @QueryParam("max") String max) {
        auth.users().requireView();
        RequestStatus wanted = status == null ? null : RequestStatus.fromApi(status);
        if (status != null && wanted == null) {
            throw BadRequest.invalid("status", "'" + Limits.shown(status)
                    + "' is not one of pending, active, rejected, cancelled, expired");
        }
        RequestStore store = new RequestStore(session, realm.getId());
        List<AccessRequestEntity> page = store.requests(wanted, QueryParams.integer("first", first, 0, 0,
                Integer.MAX_VALUE), QueryParams.integer("max", max, 100, 1, MAX_PAGE));
        return RequestView.page(session, realm, store, page);
    }

    @GET
    @Path("{id}")
    public Map<String, Object> request(@PathParam("id") String id) {
        auth.users().requireView();
        RequestStore store = new RequestStore(session, realm.getId());
        AccessRequestEntity request = store.request(id);
        return RequestView.of(session, realm, request, store.decisions(request.getId()));
    }
}
