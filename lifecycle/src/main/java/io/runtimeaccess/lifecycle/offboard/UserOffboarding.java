package io.runtimeaccess.lifecycle.offboard;

import io.runtimeaccess.lifecycle.plan.UserStep;
import io.runtimeaccess.requests.request.RequesterOffboarding;
import io.runtimeaccess.sharing.admin.SharingChanges;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Offboards one user of a plan, in the caller's transaction: claims the user's step, ends the user's access requests
 * ({@link RequesterOffboarding}), revokes the user's other runtime grants and removes the end-user-group memberships
 * through {@link SharingChanges} (so each change is validated, audited and invalidates the check index as if an admin
 * made it), disables the account, signs the user out everywhere and records one admin event for the user. Everything,
 * the step's state included, commits together.
 */
final class UserOffboarding {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthDetails actor;
    private final PlanStore plans;

    UserOffboarding(KeycloakSession session, RealmModel realm, AuthDetails actor) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.plans = new PlanStore(session, realm.getId());
    }

    /** Offboards the plan's user; false if the step was no longer open (nothing done). */
    boolean run(String planUserId) {
        if (!plans.claim(planUserId)) {
            return false;
        }
        OffboardingUserEntity row = plans.user(planUserId);
        UserModel user = session.users().getUserById(realm, row.getUserId());
        row.setDoneAt(System.currentTimeMillis());
        row.setError(null);
        if (user == null) {
            row.setState(UserStep.GONE.name());
            return true;
        }
        Map<String, Object> removed = offboard(user, row.getPlanId());
        row.setState(UserStep.DONE.name());
        row.setApplied(json(removed));
        ServerAdminEvents.record(session, realm, OperationType.ACTION,
                "lifecycle/offboarding/plans/" + row.getPlanId() + "/users/" + user.getId(), removed, actor);
        return true;
    }

    private Map<String, Object> offboard(UserModel user, String planId) {
        // the requests first: the expiry sweep and an approval lock a request before what it gave, so an offboarding
        // racing them waits in the same order instead of deadlocking with them. What an active request gave goes
        // with it and is listed as the ended request, not again below.
        Map<String, List<String>> requests = RequesterOffboarding.end(session, realm, actor, user);
        CurrentAccess access = new CurrentAccess(session, realm);
        SharingChanges changes = SharingChanges.recordedAs(session, realm, actor);
        SharingStore sharing = new SharingStore(session, realm);
        List<Object> grants = new ArrayList<>();
        for (GrantEntity grant : access.grants(user.getId())) {
            grants.add(access.grant(grant));
            changes.revoke(sharing.solution(grant.getSolutionId()), grant.getId());
        }
        List<Object> memberships = new ArrayList<>();
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        Map<String, GroupMemberEntity> byGroup = CurrentAccess.byId(access.memberships(user.getId()),
                GroupMemberEntity::getGroupId);
        for (GroupMemberEntity member : byGroup.values()) {
            memberships.add(access.membership(member));
            // one call per group: it removes the user's memberships of every source in that group
            changes.removeMember(groups.group(member.getGroupId()), user.getId());
        }
        boolean wasEnabled = user.isEnabled();
        user.setEnabled(false);
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("planId", planId);
        removed.put("userId", user.getId());
        removed.put("username", user.getUsername());
        removed.put("disabled", wasEnabled);
        removed.put("revokedGrants", grants);
        removed.put("removedMemberships", memberships);
        removed.putAll(requests);
        signOut(user, removed);
        return removed;
    }

    /**
     * Ends the user's online and offline sessions and refuses tokens issued before now (not-before), as the admin
     * console's "Sign out" does; the disabled account cannot sign in again.
     */
    private void signOut(UserModel user, Map<String, Object> removed) {
        List<UserSessionModel> online = session.sessions().getUserSessionsStream(realm, user).toList();
        online.forEach(userSession -> session.sessions().removeUserSession(realm, userSession));
        List<UserSessionModel> offline = session.sessions().getOfflineUserSessionsStream(realm, user).toList();
        offline.forEach(userSession -> session.sessions().removeOfflineUserSession(realm, userSession));
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        removed.put("endedSessions", online.size());
        removed.put("endedOfflineSessions", offline.size());
    }

    static String json(Object value) {
        try {
            return JsonSerialization.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
