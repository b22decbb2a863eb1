package io.runtimeaccess.lifecycle.offboard;

import io.runtimeaccess.governance.snapshot.ServerAdminRoles;
import io.runtimeaccess.lifecycle.actor.AdminActor;
import io.runtimeaccess.lifecycle.plan.PlanScope;
import io.runtimeaccess.lifecycle.plan.PlanStatus;
import io.runtimeaccess.lifecycle.plan.UserStep;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The dry run: finds the accounts in scope, reads what each would lose ({@link CurrentAccess}) and stores it as a
 * plan with one pending step per user. Nothing of the users is changed.
 */
final class OffboardingPlanner {

    /** Users per plan at most: the plan is created, and shown, in one request. */
    static final int MAX_USERS = 10_000;

    private final KeycloakSession session;
    private final RealmModel realm;
    /** In the master realm, the roles of the server's admins, whom an offboarding never disables. */
    private final List<RoleModel> serverAdminRoles;

    OffboardingPlanner(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.serverAdminRoles = ServerAdminRoles.of(realm);
    }

    OffboardingPlanEntity plan(PlanScope scope, String key, String reason, AdminActor actor) {
        OffboardingPlanEntity plan = new OffboardingPlanEntity();
        plan.setId(KeycloakModelUtils.generateId());
        plan.setRealmId(realm.getId());
        plan.setScope(scope.name());
        plan.setStatus(PlanStatus.PLANNED.name());
        plan.setReason(reason);
        plan.setCreatedAt(System.currentTimeMillis());
        plan.setCreatedBy(actor.username());
        List<UserModel> inScope = scope == PlanScope.IDENTITY_PROVIDER ? identityProviderUsers(plan, key)
                : groupMembers(plan, key);
        // the scope's size before the exempt accounts are left out: a read stopped at MAX_USERS + 1 must still refuse
        if (inScope.size() > MAX_USERS) {
            throw tooMany(scope);
        }
        List<UserModel> users = inScope.stream().filter(user -> !exempt(user, actor)).toList();
        PlanStore store = new PlanStore(session, realm.getId());
        store.persist(plan);
        CurrentAccess access = new CurrentAccess(session, realm);
        int position = 0;
        for (UserModel user : users) {
            store.persist(step(plan, position++, user, access.describe(user)));
        }
        ServerAdminEvents.record(session, realm, OperationType.CREATE, "lifecycle/offboarding/plans/" + plan.getId(),
                Map.of("planId", plan.getId(), "scope", scope.apiName(), "scopeId", plan.getScopeId(),
                        "users", users.size(), "leftOut", inScope.size() - users.size()), actor.auth());
        return plan;
    }

    /**
     * Accounts an offboarding never disables: a client's service account (the client would stop working), the admin
     * planning it (who would lock themselves out halfway), and in the master realm an admin of the server's (holding
     * {@code admin} or {@code create-realm}), as the automatic responses to findings leave them alone too.
     */
    private boolean exempt(UserModel user, AdminActor actor) {
        if (user.getServiceAccountClientLink() != null || user.getId().equals(actor.auth().getUserId())) {
            return true;
        }
        return serverAdminRoles.stream().anyMatch(user::hasRole);
    }

    private List<UserModel> identityProviderUsers(OffboardingPlanEntity plan, String alias) {
        IdentityProviderModel provider = alias.length() > Limits.USER_REF ? null
                : session.identityProviders().getByAlias(alias);
        if (provider == null) {
            throw BadRequest.invalid("identityProvider", "no identity provider '" + Limits.shown(alias)
                    + "' in this realm");
        }
        plan.setScopeId(provider.getAlias());
        plan.setScopeName(provider.getDisplayName() == null ? provider.getAlias() : provider.getDisplayName());
        // Keycloak's own user search by linked identity provider, as the admin console's ?idpAlias= uses
        return session.users().searchForUserStream(realm, Map.of(UserModel.IDP_ALIAS, provider.getAlias()), 0,
                MAX_USERS + 1).toList();
    }

    private List<UserModel> groupMembers(OffboardingPlanEntity plan, String idOrName) {
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        EndUserGroupEntity group = groups.sortedByName().stream()
                .filter(g -> g.getId().equals(idOrName) || g.getName().equals(idOrName)).findFirst()
                .orElseThrow(() -> BadRequest.invalid("endUserGroup", "no end-user group '" + Limits.shown(idOrName)
                        + "' in this realm"));
        plan.setScopeId(group.getId());
        plan.setScopeName(group.getName());
        // counted by the database first: a group of a million members is refused without reading one of them
        if (groups.memberCounts(List.of(group.getId())).getOrDefault(group.getId(), 0L) > MAX_USERS) {
            throw tooMany(PlanScope.END_USER_GROUP);
        }
        Set<String> userIds = new LinkedHashSet<>();
        groups.members(group.getId()).stream().map(GroupMemberEntity::getUserId).forEach(userIds::add);
        return userIds.stream().map(id -> session.users().getUserById(realm, id)).filter(Objects::nonNull).toList();
    }

    private static BadRequest tooMany(PlanScope scope) {
        return BadRequest.invalid(scope.field(), "covers more than " + MAX_USERS + " users; offboard it in parts "
                + "(e.g. end-user group by end-user group)");
    }

    private static OffboardingUserEntity step(OffboardingPlanEntity plan, int position, UserModel user,
            Map<String, Object> planned) {
        OffboardingUserEntity step = new OffboardingUserEntity();
        step.setId(KeycloakModelUtils.generateId());
        step.setPlanId(plan.getId());
        step.setRealmId(plan.getRealmId());
        step.setPosition(position);
        step.setUserId(user.getId());
        step.setUsername(user.getUsername());
        step.setState(UserStep.PENDING.name());
        step.setPlanned(UserOffboarding.json(planned));
        return step;
    }
}
