package io.runtimeaccess.requests.access;

import io.runtimeaccess.requests.policy.ItemKind;
import io.runtimeaccess.requests.store.AccessRequestEntity;
import io.runtimeaccess.requests.store.RequestStore;
import io.runtimeaccess.sharing.admin.SharingChanges;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * What an approved request gives and what its expiry takes away. Runtime grants and end-user group memberships
 * go through {@link SharingChanges}, the admin API's own code path (its validation, separation-of-duties guards,
 * admin event and index invalidation); a Keycloak role is checked by the same guards before it is mapped.
 */
public final class RequestedAccess {

    private final KeycloakSession session;
    private final RealmModel realm;

    public RequestedAccess(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * Whether the user holds the item already, from any source (a runtime role also through an end-user group that
     * is not archived, a Keycloak role also through a composite or a group); such a request is refused.
     */
    public boolean holds(ItemKind kind, String scopeId, String target, UserModel user) {
        return switch (kind) {
            case RUNTIME_ROLE -> new SharingStore(session, realm).holdsNow(user.getId(), scopeId, target);
            case END_USER_GROUP -> new EndUserGroupStore(session, realm).isMember(target, user.getId());
            case REALM_ROLE, CLIENT_ROLE -> {
                RoleModel role = role(kind, scopeId, target);
                yield role != null && user.hasRole(role);
            }
        };
    }

    /**
     * Whether what the item gives is still there to give: the solution's Active Policy offers the runtime role, the
     * end-user group or the Keycloak role exists. An item outlives its target (deleting a group or a role does not
     * reach the items naming it), and a request for a target that is gone could never be approved.
     */
    public boolean givable(ItemKind kind, String scopeId, String target) {
        return switch (kind) {
            case RUNTIME_ROLE -> new SharingStore(session, realm).offers(scopeId, target);
            case END_USER_GROUP -> new EndUserGroupStore(session, realm).find(target).isPresent();
            case REALM_ROLE, CLIENT_ROLE -> role(kind, scopeId, target) != null;
        };
    }

    /**
     * Gives the request's access until {@code expiresAt}; a guard's 409 if a separation-of-duties rule refuses it
     * (nothing is then written: the transaction is rolled back). {@code actor} names the deciding approver.
     */
    public void give(AccessRequestEntity request, UserModel requester, String approverId, AuthDetails actor,
            Instant expiresAt) {
        ItemKind kind = ItemKind.valueOf(request.getKind());
        SharingChanges changes = SharingChanges.recordedAs(session, realm, actor);
        switch (kind) {
            case RUNTIME_ROLE -> {
                SolutionEntity solution = new SharingStore(session, realm).solution(request.getScopeId());
                Representations.Grant grant = changes.grantToUser(solution, requester.getId(), request.getTarget(),
                        expiresAt, GrantSource.REQUEST, approverId, "access request " + request.getId(), null);
                request.setGrantId(grant.id);
            }
            case END_USER_GROUP -> changes.addMember(new EndUserGroupStore(session, realm).group(request.getTarget()),
                    requester.getId(), GroupMemberEntity.REQUEST, null);
            case REALM_ROLE, CLIENT_ROLE -> {
                RoleModel role = role(kind, request.getScopeId(), request.getTarget());
                if (role == null) {
                    throw BadRequest.conflict("id", "the requested role no longer exists");
                }
                if (requester.hasDirectRole(role) && !givenByAnotherActiveRequest(request)) {
                    // mapped by an admin while the request waited: the request's end would remove the admin's mapping
                    throw BadRequest.conflict("id", "the requester already holds " + role.getName()
                            + " (mapped since the request was made); the request can only be rejected");
                }
                AccessChangeGuards.check(session, realm, requester.getId(),
                        kind.accessKey(request.getScopeId(), request.getTarget()), null);
                requester.grantRole(role);
                // Keycloak's own event too, as its admin API writes it: what watches role mappings sees it
                ServerAdminEvents.roleMapping(session, realm, OperationType.CREATE, requester, role, actor);
            }
        }
    }

    /**
     * Removes what the request gave, wherever it still is: the grant it created, its own membership (not an admin's
     * or the identity provider's), the role mapping. Anything already gone (a grant cleaned up at expiry, a deleted
     * group or role) is skipped. A membership or role mapping that another active request of the same user gives
     * too (two items with one target, both approved while pending) stays until the last of them ends
     * ({@link OverlapRelease} looks again once this transaction has committed); a runtime grant is the request's own
     * and always goes.
     */
    public void take(AccessRequestEntity request, AuthDetails actor) {
        ItemKind kind = ItemKind.valueOf(request.getKind());
        if (kind != ItemKind.RUNTIME_ROLE && givenByAnotherActiveRequest(request)) {
            OverlapRelease.afterCommit(session, realm, request, actor);
            return;
        }
        remove(kind, request, actor);
    }

    /** Removes what the request gave, skipping what is gone already. */
    void remove(ItemKind kind, AccessRequestEntity request, AuthDetails actor) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        SharingChanges changes = SharingChanges.recordedAs(session, realm, actor);
        switch (kind) {
            case RUNTIME_ROLE -> {
                GrantEntity grant = request.getGrantId() == null ? null : em.find(GrantEntity.class, request.getGrantId());
                SolutionEntity solution = em.find(SolutionEntity.class, request.getScopeId());
                if (grant != null && solution != null && grant.getRealmId().equals(realm.getId())) {
                    changes.revoke(solution, grant.getId());
                }
            }
            case END_USER_GROUP -> {
                EndUserGroupEntity group = em.find(EndUserGroupEntity.class, request.getTarget());
                if (group != null && group.getRealmId().equals(realm.getId())) {
                    changes.removeMembership(group, request.getRequesterId(), GroupMemberEntity.REQUEST);
                }
            }
            case REALM_ROLE, CLIENT_ROLE -> {
                UserModel user = session.users().getUserById(realm, request.getRequesterId());
                RoleModel role = role(kind, request.getScopeId(), request.getTarget());
                if (user != null && role != null && user.hasDirectRole(role)) {
                    user.deleteRoleMapping(role);
                    ServerAdminEvents.roleMapping(session, realm, OperationType.DELETE, user, role, actor);
                }
            }
        }
    }

    private boolean givenByAnotherActiveRequest(AccessRequestEntity ending) {
        return !new RequestStore(session, realm.getId()).activeForSameAccess(ending).isEmpty();
    }

    /** The Keycloak role a realm-role or client-role item names, or null if it is gone. */
    public RoleModel role(ItemKind kind, String scopeId, String name) {
        if (kind == ItemKind.REALM_ROLE) {
            return realm.getRole(name);
        }
        ClientModel client = realm.getClientByClientId(scopeId);
        return client == null ? null : client.getRole(name);
    }
}
