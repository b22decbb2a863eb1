package io.runtimeaccess.governance.queue;

import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.separation.KeycloakAssignments;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.sharing.admin.SharingChanges;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.guard.AccessChange;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Applies one approved change through the code the admin API uses: runtime grants and end-user group memberships
 * through sharing's {@link SharingChanges} (its validation, admin event and index invalidation), Keycloak roles
 * and groups through {@link UserModel} (so Keycloak's own role-granted and group-join events fire), every
 * addition first past the separation-of-duties guards. A change already in place ends as applied with a note;
 * a target that is gone throws {@link Failed}, which the caller records as the proposal's error.
 */
final class ProposalApplier {

    /** The change of one proposal, copied out of the entity so it can be applied in a transaction of its own. */
    record Change(String proposalId, ChangeType change, String userId, AccessKind kind, String itemKey) {

        static Change of(ProposalEntity proposal) {
            return new Change(proposal.getId(), ChangeType.valueOf(proposal.getChangeType()), proposal.getUserId(),
                    proposal.getItemKind() == null ? null : AccessKind.valueOf(proposal.getItemKind()),
                    proposal.getItemKey());
        }
    }

    /** The change cannot be made; the message says why, for the proposal's {@code error}. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final Actor actor;
    private final String sodOverride;

    ProposalApplier(KeycloakSession session, RealmModel realm, Actor actor, String sodOverride) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.sodOverride = sodOverride;
    }

    /** Makes the change; returns a note (e.g. "already in place") or null. */
    String apply(Change change) {
        UserModel user = session.users().getUserById(realm, change.userId());
        if (user == null) {
            throw new Failed("the user no longer exists");
        }
        return switch (change.change()) {
            case REVIEW -> "reviewed; nothing to change";
            case DISABLE_USER -> disable(user);
            case ADD, REMOVE -> item(user, change);
        };
    }

    private String disable(UserModel user) {
        if (!user.isEnabled()) {
            return "the account was already disabled";
        }
        user.setEnabled(false);
        ServerAdminEvents.userUpdate(session, realm, user, actor.auth());
        return null;
    }

    private String item(UserModel user, Change change) {
        boolean add = change.change() == ChangeType.ADD;
        ItemKeys.Target target = ItemKeys.resolve(session, realm, change.kind(), change.itemKey());
        if (add && change.kind().isKeycloak()) {
            // Grants and memberships pass the guards inside SharingChanges, as from the admin API. A role or group
            // is checked for everything it brings (a composite's roles, a group's parents and roles), as Keycloak's
            // own admin API is checked by the listener, which does not act outside an admin request.
            Set<String> keys = new LinkedHashSet<>(List.of(change.itemKey()));
            keys.addAll(KeycloakAssignments.impliedRuleKeys(realm, SodRules.of(session, realm), target.role(),
                    target.group()));
            AccessChangeGuards.checkAll(session, realm, List.of(new AccessChange(user.getId(), List.copyOf(keys))),
                    sodOverride);
        }
        return switch (change.kind()) {
            case GRANT -> add ? addGrant(user, target, change) : removeGrant(user, target);
            case END_USER_GROUP -> add ? addMember(user, target) : removeMember(user, target);
            case REALM_ROLE, CLIENT_ROLE -> role(user, target, add, change.itemKey());
            case GROUP -> group(user, target, add, change.itemKey());
        };
    }

    private String addGrant(UserModel user, ItemKeys.Target target, Change change) {
        SolutionEntity solution = solution(target);
        // Only a grant without an end is in place: the proposal adds the role for good, and a timed grant (an access
        // request's, a time-bound share) would take the approved access away when it ends.
        if (ItemKeys.directGrants(session, realm, user.getId(), target).stream().anyMatch(g -> g.getExpiresAt() == null)) {
            return "already in place: the user holds the role directly";
        }
        sharing().grantToUser(solution, user.getId(), target.name(), null, GrantSource.RECOMMENDATION, actor.id(),
                "proposal " + change.proposalId(), sodOverride);
        return null;
    }

    private String removeGrant(UserModel user, ItemKeys.Target target) {
        SolutionEntity solution = solution(target);
        List<GrantEntity> grants = ItemKeys.directGrants(session, realm, user.getId(), target);
        if (grants.isEmpty()) {
            return "already removed: the user holds no direct grant of the role";
        }
        for (GrantEntity grant : grants) {
            sharing().revoke(solution, grant.getId());
        }
        return null;
    }

    private String addMember(UserModel user, ItemKeys.Target target) {
        EndUserGroupEntity group = endUserGroup(target);
        boolean member = new EndUserGroupStore(session, realm).isMember(group.getId(), user.getId(),
                GroupMemberEntity.ADMIN);
        if (member) {
            return "already in place: the user is a member";
        }
        sharing().addMember(group, user.getId(), sodOverride);
        return null;
    }

    private String removeMember(UserModel user, ItemKeys.Target target) {
        EndUserGroupEntity group = endUserGroup(target);
        boolean member = new EndUserGroupStore(session, realm).isMember(group.getId(), user.getId());
        if (!member) {
            return "already removed: the user is not a member";
        }
        sharing().removeMember(group, user.getId());
        return null;
    }

    private String role(UserModel user, ItemKeys.Target target, boolean add, String key) {
        RoleModel role = target.role();
        if (role == null) {
            throw new Failed("the role " + key + " no longer exists");
        }
        if (add) {
            if (user.hasDirectRole(role)) {
                return "already in place: the user holds the role";
            }
            user.grantRole(role);
            ServerAdminEvents.roleMapping(session, realm, OperationType.CREATE, user, role, actor.auth());
            return null;
        }
        if (!user.hasDirectRole(role)) {
            if (user.hasRole(role)) {
                throw new Failed("the user holds the role through a group or a composite role, not directly;"
                        + " change the group or the composite instead");
            }
            return "already removed: the user does not hold the role";
        }
        user.deleteRoleMapping(role);
        ServerAdminEvents.roleMapping(session, realm, OperationType.DELETE, user, role, actor.auth());
        return null;
    }

    private String group(UserModel user, ItemKeys.Target target, boolean add, String key) {
        GroupModel group = target.group();
        if (group == null) {
            throw new Failed("the group " + key + " no longer exists");
        }
        boolean member = user.getGroupsStream().anyMatch(g -> g.getId().equals(group.getId()));
        if (add == member) {
            return add ? "already in place: the user is a member" : "already removed: the user is not a member";
        }
        if (add) {
            user.joinGroup(group);
        } else {
            user.leaveGroup(group);
        }
        // Keycloak's own events for its own model, as its admin API writes them (what watches them sees the change)
        ServerAdminEvents.groupMembership(session, realm, add ? OperationType.CREATE : OperationType.DELETE, user,
                group, actor.auth());
        return null;
    }

    private SolutionEntity solution(ItemKeys.Target target) {
        SolutionEntity solution = !Limits.lookable(target.id()) ? null : em().find(SolutionEntity.class, target.id());
        if (solution == null || !solution.getRealmId().equals(realm.getId())) {
            throw new Failed("the solution " + target.id() + " no longer exists");
        }
        return solution;
    }

    private EndUserGroupEntity endUserGroup(ItemKeys.Target target) {
        EndUserGroupEntity group = !Limits.lookable(target.id()) ? null
                : em().find(EndUserGroupEntity.class, target.id());
        if (group == null || !group.getRealmId().equals(realm.getId())) {
            throw new Failed("the end-user group " + target.id() + " no longer exists");
        }
        return group;
    }

    private EntityManager em() {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private SharingChanges sharing() {
        return SharingChanges.recordedAs(session, realm, actor.auth());
    }
}
