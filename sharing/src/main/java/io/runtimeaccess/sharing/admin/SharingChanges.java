package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.events.actor.AdminNames;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChange;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import io.runtimeaccess.sharing.store.SolutionLock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The grant, end-user group membership, role and build changes of the admin API, as one code path that other modules
 * (access-intelligence proposals) call too: the same validation (the Active Policy offers the role, the
 * group and user exist), the same separation-of-duties guards (before anything is written), the same admin
 * event and the same index invalidation, whoever asks. The admin API
 * records its events through Keycloak's {@code AdminEventBuilder}; a caller outside it through
 * {@link ServerAdminEvents} with the acting admin's auth details.
 */
public final class SharingChanges {

    /** Records one change as an admin event; {@code path} is the change's resource path under {@code runtime-access/}. */
    public interface Recorder {
        void record(OperationType operation, String path, Object representation);
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Recorder recorder;
    private final SharingStore store;
    private final EndUserGroupStore groups;

    SharingChanges(KeycloakSession session, RealmModel realm, Recorder recorder) {
        this.session = session;
        this.realm = realm;
        this.recorder = recorder;
        this.store = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
    }

    /** Changes made outside the admin API; {@code actor} names the admin (or only the realm, for the server). */
    public static SharingChanges recordedAs(KeycloakSession session, RealmModel realm, AuthDetails actor) {
        return new SharingChanges(session, realm,
                (operation, path, representation) -> ServerAdminEvents.record(session, realm, operation, path,
                        representation, actor));
    }

    /**
     * Gives a principal a role on a solution: a 400 naming {@code role} if the Active Policy does not offer it, the
     * guards' 409 if a preventive rule refuses it (for a group, for any member) and {@code sodOverride} is null.
     */
    Representations.Grant grant(SolutionEntity solution, GrantPrincipal principal, String role, Instant expiresAt,
            GrantSource source, String grantedBy, String reason, String sodOverride) {
        store.requireOffered(solution, role);
        requireNotGiven(solution, principal, role, expiresAt);
        AccessChangeGuards.checkAll(session, realm,
                principal.changes(session, realm, AccessChange.grantKey(solution.getId(), role)), sodOverride);
        GrantEntity grant = store.persistGrant(solution, principal.type(), principal.id(), role, expiresAt, source,
                grantedBy, reason);
        Representations.Grant created = representation(grant);
        created.sodOverride = sodOverride;
        record(OperationType.CREATE, "solutions/" + solution.getId() + "/grants/" + grant.getId(), created);
        return created;
    }

    /**
     * A 409 naming {@code role} if the principal already has the same grant (role, solution and end): posting a share
     * twice made two rows, and revoking "the" grant then left the access in place. A grant with another end is a
     * row of its own, listed with its end. Shares of one solution wait for each other here ({@link SolutionLock}).
     */
    private void requireNotGiven(SolutionEntity solution, GrantPrincipal principal, String role, Instant expiresAt) {
        Long end = expiresAt == null ? null : expiresAt.toEpochMilli();
        new SolutionLock(session).grantsOf(solution, principal.type(), principal.id()).stream()
                .filter(g -> g.getRoleName().equals(role) && Objects.equals(g.getExpiresAt(), end))
                .findFirst().ifPresent(existing -> {
                    throw BadRequest.conflict("role", "'" + role + "' is already shared with this "
                            + principal.type().name().toLowerCase(Locale.ROOT) + " on " + solution.getName()
                            + (end == null ? "" : " until " + expiresAt) + " (grant " + existing.getId() + ")");
                });
    }

    /** {@link #grant} to one user. */
    public Representations.Grant grantToUser(SolutionEntity solution, String userId, String role, Instant expiresAt,
            GrantSource source, String grantedBy, String reason, String sodOverride) {
        return grant(solution, new GrantPrincipal(PrincipalType.USER, userId), role, expiresAt, source, grantedBy,
                reason, sodOverride);
    }

    public GrantEntity revoke(SolutionEntity solution, String grantId) {
        GrantEntity grant = store.removeGrant(solution, grantId);
        record(OperationType.DELETE, "solutions/" + solution.getId() + "/grants/" + grant.getId(), representation(grant));
        return grant;
    }

    /**
     * Adds an admin-added membership (the caller refuses or reports one that exists); the guards' 409 if a
     * preventive rule refuses the membership or the group's grants and {@code sodOverride} is null.
     */
    public Representations.Member addMember(EndUserGroupEntity group, String userId, String sodOverride) {
        return addMember(group, userId, GroupMemberEntity.ADMIN, sodOverride);
    }

    /** {@link #addMember} with the membership's source ({@link GroupMemberEntity#REQUEST} for an access request). */
    public Representations.Member addMember(EndUserGroupEntity group, String userId, String source,
            String sodOverride) {
        AccessChangeGuards.checkAll(session, realm, joining(group, List.of(userId)), sodOverride);
        Representations.Member added = representation(groups.addMember(group, userId, source));
        added.sodOverride = sodOverride;
        record(OperationType.CREATE, "groups/" + group.getId() + "/members/" + userId, added);
        return added;
    }

    /**
     * What joining the group gives each user: the membership and the group's current grants (none while the group is
     * archived: the check API gives nothing through it).
     */
    List<AccessChange> joining(EndUserGroupEntity group, List<String> userIds) {
        List<String> keys = new ArrayList<>();
        keys.add(AccessChange.endUserGroupKey(group.getId()));
        long now = System.currentTimeMillis();
        List<GrantEntity> grants = group.isArchived() ? List.of() : store.grantsTo(PrincipalType.GROUP, group.getId());
        for (GrantEntity grant : grants) {
            if (grant.getExpiresAt() == null || grant.getExpiresAt() > now) {
                keys.add(AccessChange.grantKey(grant.getSolutionId(), grant.getRoleName()));
            }
        }
        return userIds.stream().map(userId -> new AccessChange(userId, keys)).toList();
    }

    /** Removes the user from the group whatever the membership's source; a 404 naming {@code userId} if not a member. */
    public void removeMember(EndUserGroupEntity group, String userId) {
        groups.removeMember(group, userId);
        record(OperationType.DELETE, "groups/" + group.getId() + "/members/" + userId,
                Map.of("groupId", group.getId(), "userId", userId));
    }

    /**
     * Removes only the user's membership from one source (an expired access request leaves an admin's or the
     * identity provider's membership alone); false, and no event, if there is none.
     */
    public boolean removeMembership(EndUserGroupEntity group, String userId, String source) {
        List<GroupMemberEntity> rows = groups.membershipsToRemove(group.getId(), userId).stream()
                .filter(member -> member.getSource().equals(source)).toList();
        if (rows.isEmpty()) {
            return false;
        }
        rows.forEach(groups::remove);
        record(OperationType.DELETE, "groups/" + group.getId() + "/members/" + userId,
                Map.of("groupId", group.getId(), "userId", userId, "source", source.toLowerCase(Locale.ROOT)));
        return true;
    }

    /** Adds a runtime role to the catalog; a 409 naming {@code name} if it exists. */
    public RuntimeRoleEntity createRole(String name, String description) {
        RuntimeRoleEntity role = store.createRole(name, description);
        record(OperationType.CREATE, "roles/" + role.getName(), RolesResource.toRepresentation(role));
        return role;
    }

    /**
     * Adds a build to a solution without activating it; a 400 naming the field if a role is not in the catalog,
     * a 409 naming {@code name} if the solution has a build of that name.
     */
    public BuildEntity addBuild(SolutionEntity solution, String name, Representations.Build doc) {
        BuildEntity build = store.addBuild(solution, name, doc);
        Representations.Build rep = Policies.read(build.getPolicy());
        rep.id = build.getId();
        rep.name = build.getName();
        rep.active = build.getId().equals(solution.getActiveBuildId());
        record(OperationType.CREATE, "solutions/" + solution.getId() + "/builds/" + build.getId(), rep);
        return build;
    }

    Representations.Grant representation(GrantEntity grant) {
        Representations.Grant rep = new Representations.Grant();
        rep.id = grant.getId();
        rep.solutionId = grant.getSolutionId();
        rep.principal = new Representations.Principal();
        rep.principal.type = grant.getPrincipalType().toLowerCase(Locale.ROOT);
        rep.principal.id = grant.getPrincipalId();
        rep.principal.name = PrincipalType.USER.name().equals(grant.getPrincipalType())
                ? Users.username(session, realm, grant.getPrincipalId())
                : groups.group(grant.getPrincipalId()).getName();
        rep.role = grant.getRoleName();
        rep.expiresAt = grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()).toString();
        rep.grantedBy = grant.getGrantedBy();
        rep.grantedByUsername = AdminNames.username(session, realm, grant.getGrantedBy());
        rep.grantedAt = Instant.ofEpochMilli(grant.getGrantedAt()).toString();
        rep.source = grant.getSource().toLowerCase(Locale.ROOT);
        rep.reason = grant.getReason();
        return rep;
    }

    Representations.Member representation(GroupMemberEntity member) {
        Representations.Member rep = new Representations.Member();
        rep.userId = member.getUserId();
        rep.username = Users.username(session, realm, member.getUserId());
        rep.source = member.getSource().toLowerCase(Locale.ROOT);
        rep.addedAt = Instant.ofEpochMilli(member.getAddedAt()).toString();
        return rep;
    }

    private void record(OperationType operation, String path, Object representation) {
        recorder.record(operation, path, representation);
        AccessIndexes.invalidateAfterCommit(session, realm);
    }
}
