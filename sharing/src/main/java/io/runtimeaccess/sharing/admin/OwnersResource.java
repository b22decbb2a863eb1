package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.api.UserIds;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerEntity;
import io.runtimeaccess.sharing.store.OwnerStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The owners of one solution ({@code solutions/{id}/owners}) or end-user group ({@code groups/{id}/owners}):
 * users of the realm who answer for it, at most {@value OwnerStore#MAX_OWNERS}. Reading needs {@code view-users},
 * changing {@code manage-users}. Owning gives no access, so a change is an admin event but leaves the check API's
 * index alone.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnersResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminChanges changes;
    private final OwnerStore owners;
    private final OwnedObject object;

    /** {@code object} is a solution or group of this realm the caller has found. */
    OwnersResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminChanges changes,
            OwnedObject object) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.changes = changes;
        this.owners = new OwnerStore(session, realm);
        this.object = object;
    }

    @GET
    public List<Representations.Owner> list() {
        auth.users().requireView();
        return owners.owners(object).stream().map(this::toRepresentation).collect(Collectors.toList());
    }

    /** Adds one owner, by id, username or email. */
    @POST
    public Response add(JsonNode body) {
        auth.users().requireManage();
        Representations.Owner rep = JsonBodies.read(body, Representations.Owner.class);
        String field = rep != null && rep.userId != null ? "userId" : "username";
        UserModel user = Users.find(session, realm, "userId or username", rep == null ? null : rep.userId,
                rep == null ? null : rep.username);
        List<OwnerEntity> current = owners.ownersToChange(object);
        if (current.stream().anyMatch(o -> o.getUserId().equals(user.getId()))) {
            throw BadRequest.conflict(field, "'" + Limits.shown(user.getUsername()) + "' is already an owner");
        }
        if (current.size() >= OwnerStore.MAX_OWNERS) {
            throw BadRequest.invalid(field, "there are " + current.size() + " owners already; at most "
                    + OwnerStore.MAX_OWNERS + " are allowed");
        }
        Representations.Owner added = toRepresentation(owners.add(object, user.getId()));
        Map<String, Object> event = event();
        event.put("userId", user.getId());
        event.put("username", user.getUsername());
        changes.event(OperationType.CREATE, event);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /**
     * Replaces the owners with {@code userIds} (an empty array leaves none). Every id must be a user of this realm:
     * otherwise a 400 naming {@code userIds[i]}, and nothing changes.
     */
    @PUT
    public List<Representations.Owner> replace(JsonNode body) {
        auth.users().requireManage();
        List<String> wanted = OwnerIds.read(body);
        for (int i = 0; i < wanted.size(); i++) {
            if (UserIds.byId(session, realm, wanted.get(i)) == null) {
                throw BadRequest.invalid(OwnerIds.FIELD + "[" + i + "]",
                        "no user '" + Limits.shown(wanted.get(i)) + "' in this organization");
            }
        }
        List<OwnerEntity> current = owners.ownersToChange(object);
        Set<String> currentIds = current.stream().map(OwnerEntity::getUserId).collect(Collectors.toSet());
        List<String> removed = new ArrayList<>();
        for (OwnerEntity owner : current) {
            if (!wanted.contains(owner.getUserId())) {
                owners.remove(owner);
                removed.add(owner.getUserId());
            }
        }
        List<String> added = wanted.stream().filter(id -> !currentIds.contains(id)).toList();
        added.forEach(id -> owners.add(object, id));
        if (!added.isEmpty() || !removed.isEmpty()) {
            Map<String, Object> event = event();
            event.put("userIds", wanted);
            event.put("added", added);
            event.put("removed", removed);
            changes.event(OperationType.UPDATE, event);
        }
        return list();
    }

    @DELETE
    @Path("{userId}")
    public Response remove(@PathParam("userId") String userId) {
        auth.users().requireManage();
        Limits.text("userId", userId, Limits.USER_REF);
        Optional<OwnerEntity> owner = owners.ownersToChange(object).stream().filter(o -> o.getUserId().equals(userId))
                .findFirst();
        if (owner.isEmpty()) {
            throw BadRequest.notFound("userId", "user '" + Limits.shown(userId) + "' is not an owner");
        }
        owners.remove(owner.get());
        Map<String, Object> event = event();
        event.put("userId", userId);
        changes.event(OperationType.DELETE, event);
        return Response.noContent().build();
    }

    /** An owner event's representation, naming the object ({@code solutionId} or {@code groupId}). */
    private Map<String, Object> event() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put(object.kind().idField(), object.id());
        return event;
    }

    private Representations.Owner toRepresentation(OwnerEntity owner) {
        Representations.Owner rep = new Representations.Owner();
        rep.userId = owner.getUserId();
        rep.username = Users.username(session, realm, owner.getUserId());
        rep.addedAt = Instant.ofEpochMilli(owner.getAddedAt()).toString();
        return rep;
    }
}
