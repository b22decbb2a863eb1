package io.runtimeaccess.reviews.close;

import io.runtimeaccess.governance.proposal.ChangeType;
import io.runtimeaccess.governance.queue.Actor;
import io.runtimeaccess.governance.queue.ProposalDecisions;
import io.runtimeaccess.governance.queue.ProposalEntity;
import io.runtimeaccess.governance.queue.ProposalStore;
import io.runtimeaccess.governance.queue.ProposalStatus;
import io.runtimeaccess.governance.separation.RoleKeys;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.reviews.item.ReviewedAccess.AccessType;
import io.runtimeaccess.reviews.store.ReviewItemEntity;
import io.runtimeaccess.sharing.admin.SharingChanges;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.AuthDetails;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Takes away what a revoke decision names, through the code paths an admin's change takes: a grant through sharing's
 * {@link SharingChanges#revoke} and a membership through {@link SharingChanges#removeMember} (their admin event and
 * index invalidation), a role by unmapping it from the user as governance's proposal applier does (through Keycloak's
 * model, so its caches and listeners apply), a role held through a Keycloak group by the user leaving that group, one
 * held through a composite by unmapping the composite, and a proposal by
 * approving it in governance's queue (which applies it). Returns what happened: {@code revoked},
 * {@code already-gone} when the access went some other way since the campaign started (a grant also by its
 * expiry, a proposal by being applied), {@code not-applied: …} for a proposal the queue no longer waits on or one
 * another request held past the lock limit (it still waits in the queue, for a person to decide there), or
 * {@code reviewed-nothing-removed} for a proposal that asks only for a review.
 */
final class Revocation {

    static final String REVOKED = "revoked";
    static final String ALREADY_GONE = "already-gone";
    /** Not taken away, with the reason after a colon: for a person to act on, as the ticket says. */
    static final String NOT_APPLIED = "not-applied";
    /** A revoke of a proposal that asks only for a review: approved, and nothing was removed. */
    static final String REVIEWED = "reviewed-nothing-removed";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthDetails actor;
    private final EntityManager em;
    /** The realm's governance settings, read at the first proposal of the close. */
    private GovernanceSettings settings;

    Revocation(KeycloakSession session, RealmModel realm, AuthDetails actor) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    String apply(ReviewItemEntity item) {
        return switch (AccessType.valueOf(item.getAccessType())) {
            case GRANT, GROUP_GRANT -> grant(item);
            case MEMBERSHIP -> membership(item);
            case ROLE -> role(item);
            case GROUP_ROLE -> groupRole(item);
            case COMPOSITE_ROLE -> compositeRole(item);
            case PROPOSAL -> proposal(item);
        };
    }

    private String grant(ReviewItemEntity item) {
        GrantEntity grant = em.find(GrantEntity.class, item.getRef());
        // an expired grant the clean-up has not removed yet allows nothing: it went by its expiry, not by the review
        if (grant == null || !grant.getRealmId().equals(realm.getId())
                || grant.getExpiresAt() != null && grant.getExpiresAt() <= System.currentTimeMillis()) {
            return ALREADY_GONE;
        }
        SolutionEntity solution = em.find(SolutionEntity.class, grant.getSolutionId());
        SharingChanges.recordedAs(session, realm, actor).revoke(solution, grant.getId());
        return REVOKED;
    }

    private String membership(ReviewItemEntity item) {
        EndUserGroupEntity group = em.find(EndUserGroupEntity.class, item.getRef());
        if (group == null || !group.getRealmId().equals(realm.getId()) || !new EndUserGroupStore(session, realm)
                .isMember(group.getId(), item.getUserId())) {
            return ALREADY_GONE;
        }
        SharingChanges.recordedAs(session, realm, actor).removeMember(group, item.getUserId());
        return REVOKED;
    }

    private String role(ReviewItemEntity item) {
        UserModel user = session.users().getUserById(realm, item.getUserId());
        RoleModel role = role(realm, item.getRef());
        if (user == null || role == null || !user.hasDirectRole(role)) {
            return ALREADY_GONE;
        }
        user.deleteRoleMapping(role);
        return REVOKED;
    }

    /**
     * A privileged role held through a Keycloak group: the user leaves the group they are a member of. Already gone
     * when they left it, or when the group (with its ancestors) no longer gives the role: the membership then no
     * longer carries what the reviewer revoked, and is left alone.
     */
    private String groupRole(ReviewItemEntity item) {
        UserModel user = session.users().getUserById(realm, item.getUserId());
        GroupModel group = session.groups().getGroupById(realm, item.getRef());
        RoleModel role = role(realm, item.getAccessKey());
        if (user == null || group == null || role == null || !group.hasRole(role)
                || user.getGroupsStream().noneMatch(g -> g.getId().equals(group.getId()))) {
            return ALREADY_GONE;
        }
        user.leaveGroup(group);
        return REVOKED;
    }

    /**
     * A privileged role held through a composite: the user's direct mapping of the composite goes. Already gone when
     * the mapping went, or when the composite no longer contains the role.
     */
    private String compositeRole(ReviewItemEntity item) {
        UserModel user = session.users().getUserById(realm, item.getUserId());
        RoleModel composite = role(realm, item.getRef());
        RoleModel role = role(realm, item.getAccessKey());
        if (user == null || composite == null || role == null || !composite.hasRole(role)
                || !user.hasDirectRole(composite)) {
            return ALREADY_GONE;
        }
        user.deleteRoleMapping(composite);
        return REVOKED;
    }

    /** {@code realm-role:{name}}, {@code client-role:{clientId}:{name}} or {@code role-id:{id}}. */
    static RoleModel role(RealmModel realm, String key) {
        if (key.startsWith(ReviewItemEntity.ROLE_ID_REF)) {
            return realm.getRoleById(key.substring(ReviewItemEntity.ROLE_ID_REF.length()));
        }
        return RoleKeys.role(realm, key);
    }

    private String proposal(ReviewItemEntity item) {
        ProposalEntity proposal = new ProposalStore(session, realm).find(item.getRef());
        String decision = "access review " + item.getCampaignId();
        if (proposal != null && decision.equals(proposal.getReason())) {
            // decided by this close already: an approval commits on its own, so a chunk rolled back by a later item
            // and redone one by one (or a close the sweep finishes) finds its own decision here
            if (ProposalStatus.APPLIED.name().equals(proposal.getStatus())) {
                return applied(proposal);
            }
            if (ProposalStatus.FAILED.name().equals(proposal.getStatus())) {
                return "failed: " + proposal.getError();
            }
        }
        if (proposal == null || ProposalStatus.APPLIED.name().equals(proposal.getStatus())) {
            return ALREADY_GONE;
        }
        if (!ProposalStatus.PROPOSED.name().equals(proposal.getStatus())) {
            // rejected, expired or failed in the queue meanwhile: the access it named is still there for a person
            return NOT_APPLIED + ": the proposal is " + ProposalStatus.valueOf(proposal.getStatus()).apiName()
                    + " in governance's queue";
        }
        if (settings == null) {
            settings = SettingsStore.of(session, realm);
        }
        if (!ProposalDecisions.decisionsOpen(settings)) {
            // the admin's queue is read-only in this mode, and a review must not decide what an admin may not
            return "failed: governance mode " + settings.mode().apiName() + ": proposals are read-only";
        }
        try {
            new ProposalDecisions(session, realm).approve(proposal, new Actor(actor, actor.getUserId(),
                    "access-review"), decision, null);
        } catch (ProposalDecisions.NotWaiting stale) {
            // decided by someone else just now (applied: gone; otherwise as above), or older than the queue keeps a
            // proposal with no run to mark it expired yet: nothing was written
            return ProposalStatus.APPLIED.name().equals(proposal.getStatus()) ? ALREADY_GONE
                    : NOT_APPLIED + ": " + stale.getMessage();
        }
        if (!ProposalStatus.APPLIED.name().equals(proposal.getStatus())) {
            return "failed: " + proposal.getError();
        }
        return applied(proposal);
    }

    /** A review-only proposal (an SoD violation, a reconciliation issue) names nothing to take away. */
    private static String applied(ProposalEntity proposal) {
        return ChangeType.REVIEW.name().equals(proposal.getChangeType()) ? REVIEWED : REVOKED;
    }
}
