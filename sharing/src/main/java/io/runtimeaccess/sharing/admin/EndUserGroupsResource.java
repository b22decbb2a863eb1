package io.runtimeaccess.sharing.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Names;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupAttributes;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.Listings;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.usage.GrantUse;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * End-user groups under {@code /admin/realms/{realm}/runtime-access/groups}. Deleting a group takes its
 * memberships and the grants to it along, as deleting a Keycloak group takes its role mappings.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EndUserGroupsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminChanges changes;
    private final EndUserGroupStore groups;
    private final SharingAdminResource grants;

    EndUserGroupsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
            AdminChanges changes, SharingAdminResource grants) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.changes = changes;
        this.groups = new EndUserGroupStore(session, realm);
        this.grants = grants;
    }

    @GET
    public List<Representations.Group> list(@QueryParam("search") String search, @QueryParam("first") String first,
            @QueryParam("max") String max, @QueryParam("archived") String archived) {
        auth.users().requireView();
        Page page = Page.of(search, first, max);
        Boolean onlyArchived = Page.flag("archived", archived);
        List<EndUserGroupEntity> found = new Listings(session, realm).groups(page.search(), onlyArchived, page.first(),
                page.max());
        Map<String, Long> counts = groups.memberCounts(found.stream().map(EndUserGroupEntity::getId).toList());
        return found.stream().map(g -> toRepresentation(g, counts.getOrDefault(g.getId(), 0L)))
                .collect(Collectors.toList());
    }

    @POST
    public Response create(JsonNode body) {
        auth.users().requireManage();
        Representations.Group rep = JsonBodies.read(body, Representations.Group.class);
        String name = Names.requireGroup("name", rep == null ? null : rep.name);
        Limits.text("description", rep.description, Limits.TEXT);
        Limits.attributes("attributes", rep.attributes);
        EndUserGroupEntity group = groups.create(name, rep.description, GroupAttributes.toJson(rep.attributes));
        Representations.Group created = toRepresentation(group, 0L);
        changes.record(OperationType.CREATE, created);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    public Representations.Group get(@PathParam("id") String id) {
        auth.users().requireView();
        EndUserGroupEntity group = groups.group(id);
        return toRepresentation(group, groups.memberCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Renames, re-describes, replaces attributes, or archives/unarchives; absent fields stay as they are. */
    @PUT
    @Path("{id}")
    public Representations.Group update(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        Representations.Group rep = JsonBodies.read(body, Representations.Group.class);
        EndUserGroupEntity group = groups.groupForUpdate(id);
        if (rep == null) {
            throw BadRequest.invalid("body", "a group is required");
        }
        Limits.text("description", rep.description, Limits.TEXT);
        Limits.attributes("attributes", rep.attributes);
        if (rep.name != null) {
            String name = Names.requireGroup("name", rep.name);
            if (!name.equals(group.getName())) {
                groups.requireFreeName(name, group.getId());
                group.setName(name);
            }
        }
        if (rep.description != null) {
            group.setDescription(rep.description);
        }
        if (rep.attributes != null) {
            group.setAttributes(GroupAttributes.toJson(rep.attributes));
        }
        if (rep.archived != null) {
            boolean unarchiving = group.isArchived() && !rep.archived;
            group.setArchived(rep.archived);
            if (unarchiving) {
                // the members get the group's grants back: the guards judge that as if they joined it now (a refusal
                // rolls the whole update back)
                List<String> members = groups.members(group.getId()).stream().map(GroupMemberEntity::getUserId)
                        .distinct().toList();
                AccessChangeGuards.checkAll(session, realm, changes.sharing().joining(group, members),
                        AccessChangeGuards.override(body));
            }
        }
        Representations.Group updated = toRepresentation(group, groups.memberCounts(List.of(id)).getOrDefault(id, 0L));
        changes.record(OperationType.UPDATE, updated);
        return updated;
    }

    @GET
    @Path("{id}/members")
    public List<Representations.Member> members(@PathParam("id") String id, @QueryParam("search") String search,
            @QueryParam("first") String first, @QueryParam("max") String max) {
        auth.users().requireView();
        Page page = Page.of(search, first, max);
        return new Listings(session, realm).members(groups.group(id).getId(), page.search(), page.first(), page.max())
                .stream().map(this::toRepresentation).collect(Collectors.toList());
    }

    /**
     * Adds many users at once, by username or email; all or nothing (see {@link BulkMembers}). Users that
     * already have an admin-added membership are reported, not added again. One admin event per call.
     */
    @POST
    @Path("{id}/members/bulk")
    public Map<String, Object> addMembers(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        EndUserGroupEntity group = groups.group(id);
        List<UserModel> users = BulkMembers.resolve(session, realm, body);
        Set<String> adminMembers = groups.members(group.getId()).stream()
                .filter(m -> GroupMemberEntity.ADMIN.equals(m.getSource())).map(GroupMemberEntity::getUserId)
                .collect(Collectors.toSet());
        String override = AccessChangeGuards.override(body);
        AccessChangeGuards.checkAll(session, realm, changes.sharing().joining(group, users.stream().map(UserModel::getId)
                .filter(userId -> !adminMembers.contains(userId)).toList()), override);
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (UserModel user : users) {
            if (adminMembers.contains(user.getId())) {
                already.add(user.getUsername());
            } else {
                groups.persistMember(group, user.getId(), GroupMemberEntity.ADMIN);
                added.add(user.getUsername());
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("added", added);
        result.put("alreadyMembers", already);
        if (!added.isEmpty()) {
            Map<String, Object> event = new LinkedHashMap<>(result);
            event.put("groupId", group.getId());
            if (override != null) {
                event.put(AccessChangeGuards.OVERRIDE_FIELD, override);
            }
            changes.record(OperationType.CREATE, event);
        }
        return result;
    }

    /** Adds a user (by id, username or email) as an admin-added member. */
    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") String id, JsonNode body) {
        auth.users().requireManage();
        Representations.Member rep = JsonBodies.read(body, Representations.Member.class);
        EndUserGroupEntity group = groups.group(id);
        UserModel user = Users.find(session, realm, "userId or username", rep == null ? null : rep.userId,
                rep == null ? null : rep.username);
        boolean already = groups.isMember(group.getId(), user.getId(), GroupMemberEntity.ADMIN);
        if (already) {
            throw BadRequest.conflict(rep.userId != null ? "userId" : "username", "'" + Limits.shown(user.getUsername())
                    + "' is already a member of this group");
        }
        Representations.Member added = changes.sharing().addMember(group, user.getId(),
                AccessChangeGuards.override(rep.sodOverride));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        auth.users().requireManage();
        changes.sharing().removeMember(groups.group(id), userId);
        return Response.noContent().build();
    }

    /** The group's owners; see {@link OwnersResource}. */
    @Path("{id}/owners")
    public OwnersResource owners(@PathParam("id") String id) {
        auth.users().requireView();
        return new OwnersResource(session, realm, auth, changes, OwnedObject.group(groups.group(id).getId()));
    }

    /**
     * Deletes the group with its memberships, owners and every grant to it; answers what went with it. The group's
     * row is locked first, so a share to it made meanwhile either commits before (and its grant goes too) or finds
     * the group gone.
     */
    @DELETE
    @Path("{id}")
    public Map<String, Object> delete(@PathParam("id") String id) {
        auth.users().requireManage();
        EndUserGroupEntity group = groups.groupForUpdate(id);
        int grantsRemoved = new SharingStore(session, realm).deleteGrantsTo(PrincipalType.GROUP, group.getId());
        int membersRemoved = groups.delete(group);
        GrantUse.deletePrincipal(session, realm, PrincipalType.GROUP, group.getId());
        Map<String, Object> result = Map.of("group", group.getName(), "id", group.getId(),
                "removedMembers", membersRemoved, "removedGrants", grantsRemoved);
        changes.record(OperationType.DELETE, result);
        return result;
    }

    /** The group's solution access: its grants on every solution. */
    @GET
    @Path("{id}/access")
    public List<Representations.Grant> access(@PathParam("id") String id) {
        auth.users().requireView();
        EndUserGroupEntity group = groups.group(id);
        return new SharingStore(session, realm).grantsTo(PrincipalType.GROUP, group.getId()).stream()
                .map(grants::toRepresentation).collect(Collectors.toList());
    }

    private Representations.Member toRepresentation(GroupMemberEntity member) {
        return changes.sharing().representation(member);
    }

    static Representations.Group toRepresentation(EndUserGroupEntity group, long members) {
        Representations.Group rep = new Representations.Group();
        rep.id = group.getId();
        rep.name = group.getName();
        rep.description = group.getDescription();
        rep.attributes = GroupAttributes.fromJson(group.getAttributes());
        rep.archived = group.isArchived();
        rep.memberCount = members;
        return rep;
    }
}
