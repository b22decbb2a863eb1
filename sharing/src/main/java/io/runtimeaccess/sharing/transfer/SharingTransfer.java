package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.guard.AccessChangeGuards;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.GroupAttributes;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerStore;
import io.runtimeaccess.sharing.store.RuntimeRoleEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Exports a realm's sharing configuration by name and imports it into another realm. An import first
 * plans every change; a dry run returns the plan, an apply performs it only when the plan has no
 * problems, and applying the same document twice changes nothing the second time.
 */
public final class SharingTransfer {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingStore store;
    private final EndUserGroupStore groups;

    public SharingTransfer(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new SharingStore(session, realm);
        this.groups = new EndUserGroupStore(session, realm);
    }

    public SharingDocument export() {
        SharingDocument doc = new SharingDocument();
        for (RuntimeRoleEntity role : store.roles()) {
            Representations.Role rep = new Representations.Role();
            rep.name = role.getName();
            rep.description = role.getDescription();
            doc.roles.add(rep);
        }
        Map<OwnedObject, List<String>> owners = ownersByObject();
        Map<String, String> groupNames = new HashMap<>();
        for (EndUserGroupEntity group : groups.sortedByName()) {
            groupNames.put(group.getId(), group.getName());
            SharingDocument.Group rep = exportGroup(group);
            rep.owners = owners.getOrDefault(OwnedObject.group(group.getId()), List.of());
            doc.groups.add(rep);
        }
        for (SolutionEntity solution : store.solutions()) {
            SharingDocument.Solution rep = new SharingDocument.Solution();
            rep.name = solution.getName();
            for (BuildEntity build : store.builds(solution.getId())) {
                Representations.Build buildRep = Policies.read(build.getPolicy());
                buildRep.name = build.getName();
                rep.builds.add(buildRep);
                if (build.getId().equals(solution.getActiveBuildId())) {
                    rep.activeBuild = build.getName();
                }
            }
            rep.owners = owners.getOrDefault(OwnedObject.solution(solution.getId()), List.of());
            doc.solutions.add(rep);
            for (GrantEntity grant : store.grants(solution.getId())) {
                SharingDocument.Grant exported = exportGrant(solution, grant, groupNames);
                if (exported != null) {
                    doc.grants.add(exported);
                }
            }
        }
        return doc;
    }

    /** Every object's owners by username, in the order they were added; owners no longer in the realm left out. */
    private Map<OwnedObject, List<String>> ownersByObject() {
        Map<OwnedObject, List<String>> usernames = new HashMap<>();
        new OwnerStore(session, realm).all().forEach((object, userIds) -> {
            for (String userId : userIds) {
                UserModel user = session.users().getUserById(realm, userId);
                if (user != null) {
                    usernames.computeIfAbsent(object, o -> new ArrayList<>()).add(user.getUsername());
                }
            }
        });
        return usernames;
    }

    private SharingDocument.Group exportGroup(EndUserGroupEntity group) {
        SharingDocument.Group rep = new SharingDocument.Group();
        rep.name = group.getName();
        rep.description = group.getDescription();
        rep.archived = group.isArchived();
        rep.attributes = GroupAttributes.fromJson(group.getAttributes());
        for (GroupMemberEntity member : groups.members(group.getId())) {
            // the source first: identity-provider memberships are left out, so no need to look their users up
            UserModel user = !GroupMemberEntity.ADMIN.equals(member.getSource()) ? null
                    : session.users().getUserById(realm, member.getUserId());
            if (user != null) {
                rep.members.add(user.getUsername());
            }
        }
        return rep;
    }

    /** The grant by names; null when its user or group is no longer in the realm. */
    private SharingDocument.Grant exportGrant(SolutionEntity solution, GrantEntity grant, Map<String, String> groupNames) {
        SharingDocument.Grant rep = new SharingDocument.Grant();
        rep.solution = solution.getName();
        boolean user = PrincipalType.USER.name().equals(grant.getPrincipalType());
        rep.principalType = user ? "user" : "group";
        if (user) {
            UserModel model = session.users().getUserById(realm, grant.getPrincipalId());
            rep.principal = model == null ? null : model.getUsername();
        } else {
            rep.principal = groupNames.get(grant.getPrincipalId());
        }
        if (rep.principal == null) {
            // a grant left behind by a user or group that is gone (Keycloak removes a provider's imported users
            // without telling extensions): left out, as owners and members are; its id would be another realm's
            // nothing, and the import would refuse the whole document for it
            return null;
        }
        rep.role = grant.getRoleName();
        rep.expiresAt = grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()).toString();
        rep.source = grant.getSource().toLowerCase(Locale.ROOT);
        rep.reason = grant.getReason();
        return rep;
    }

    /**
     * Plans the import; performs it when {@code apply} and the plan has no problems. Imported grants are
     * recorded as made by {@code importedBy} with source {@code import}.
     */
    public ImportPlan importDocument(SharingDocument doc, boolean apply, String importedBy) {
        ImportPlan plan = new ImportPlan();
        plan.dryRun = !apply;
        ImportRun planned = new ImportRun(session, realm, doc, plan, false, importedBy);
        planned.execute();
        if (!apply || !plan.problems.isEmpty()) {
            return plan;
        }
        // before the first write, as the admin API does: a preventive rule refuses the whole import (409 naming the
        // rule), a warning rule lets it through and records each violation; an import carries no override
        AccessChangeGuards.checkAll(session, realm, planned.accessChanges().changes(), null);
        ImportPlan applied = new ImportPlan();
        // The run keeps its own view of what it wrote, so its few queries need not flush thousands of
        // new rows first; everything is flushed once, at commit.
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        FlushModeType before = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            new ImportRun(session, realm, doc, applied, true, importedBy).execute();
        } finally {
            em.setFlushMode(before);
        }
        applied.applied = true;
        return applied;
    }
}
