package io.runtimeaccess.reviews.reviewer;

import io.runtimeaccess.mappers.profile.AttributeDeclarationCheck;
import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.campaign.OwnedAccess;
import io.runtimeaccess.reviews.campaign.ReviewerRule;
import io.runtimeaccess.reviews.item.ReviewedAccess;
import io.runtimeaccess.reviews.scope.RealmUsers;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerStore;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Finds each item's reviewers by the campaign's rule, with one query for the whole campaign: the named Keycloak
 * group's members, every user's manager attribute (a username or an id), or every owner of the realm's solutions
 * and end-user groups (the owners of each item's solution or group review it). Nobody reviews access they hold: the
 * reviewed user, and for an end-user group's grant every member of the group. When the rule finds nobody else for an
 * item (no manager or owner, or only those holders), the fallback reviewers review it.
 */
public final class ReviewerLookup {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final RealmUsers users;
    /** Members by end-user group, read once per group and campaign. */
    private final Map<String, Set<String>> groupHolders = new HashMap<>();

    public ReviewerLookup(KeycloakSession session, RealmModel realm, RealmUsers users) {
        this.session = session;
        this.realm = realm;
        this.users = users;
    }

    /** The fallback reviewers' ids; a 400 naming {@code reviewers.fallback} for a name that is no user. */
    public List<String> fallbackIds(ReviewerRule rule) {
        List<String> ids = new ArrayList<>();
        for (String name : rule.fallback()) {
            String id = users.idOf(name);
            if (id == null) {
                throw new InvalidInput("reviewers.fallback", "no user '" + name + "' in the realm");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The reviewers of each item, in the items' order. */
    public List<List<String>> reviewers(ReviewerRule rule, List<ReviewedAccess> items) {
        List<String> fallback = fallbackIds(rule);
        List<List<String>> reviewers = new ArrayList<>(items.size());
        switch (rule.kind()) {
            case GROUP -> {
                Set<String> members = groupMembers(rule.value());
                items.forEach(item -> reviewers.add(ReviewerRule.resolve(members, holders(item), fallback)));
            }
            case MANAGER -> {
                if (AttributeDeclarationCheck.selfEditable(session, realm, rule.value())) {
                    // a user could name an accomplice to review their own access
                    throw new InvalidInput("reviewers.attribute", "users can edit the attribute '" + rule.value()
                            + "' themselves (Realm settings > User profile), so a user could name their own reviewer:"
                            + " declare it with edit for admins only");
                }
                Map<String, String> managers = managers(rule.value());
                items.forEach(item -> {
                    String manager = managers.get(item.userId());
                    reviewers.add(ReviewerRule.resolve(manager == null ? Set.of() : Set.of(manager), holders(item),
                            fallback));
                });
            }
            case OWNER -> {
                Map<OwnedObject, Set<String>> owners = ableOwners(new OwnerStore(session, realm).all());
                items.forEach(item -> reviewers.add(ReviewerRule.resolve(ownersOf(owners, item), holders(item),
                        fallback)));
            }
        }
        return reviewers;
    }

    /**
     * The owners who can review: each looked up once (owners are few), through Keycloak, so a federated owner counts.
     * An owner row outlives a user removed without Keycloak's per-user event (a user-storage provider's imported
     * users removed in bulk), and a disabled owner cannot sign in: neither may leave an item without its fallback.
     */
    private Map<OwnedObject, Set<String>> ableOwners(Map<OwnedObject, Set<String>> owners) {
        Map<String, Boolean> able = new HashMap<>();
        Map<OwnedObject, Set<String>> kept = new HashMap<>();
        owners.forEach((object, ids) -> kept.put(object, ids.stream().filter(id -> able.computeIfAbsent(id, any -> {
            UserModel owner = session.users().getUserById(realm, id);
            return owner != null && owner.isEnabled();
        })).collect(Collectors.toCollection(LinkedHashSet::new))));
        return kept;
    }

    /** Who holds the item's access: its user, or for an end-user group's grant ({@code userId} the group) its members. */
    private Set<String> holders(ReviewedAccess item) {
        if (item.type() != ReviewedAccess.AccessType.GROUP_GRANT) {
            return Set.of(item.userId());
        }
        Set<String> holders = new LinkedHashSet<>();
        holders.add(item.userId());
        groupHolders.computeIfAbsent(item.userId(), groupId -> new EndUserGroupStore(session, realm).members(groupId)
                .stream().map(GroupMemberEntity::getUserId).collect(Collectors.toSet())).forEach(holders::add);
        return holders;
    }

    /** The owners of the item's solution or end-user group; nobody for access without owners (Keycloak roles). */
    private static Set<String> ownersOf(Map<OwnedObject, Set<String>> owners, ReviewedAccess item) {
        OwnedAccess owned = OwnedAccess.of(item.accessKey());
        if (owned == null) {
            return Set.of();
        }
        OwnedObject object = owned.kind() == OwnedAccess.Kind.SOLUTION ? OwnedObject.solution(owned.id())
                : OwnedObject.group(owned.id());
        return owners.getOrDefault(object, Set.of());
    }

    private Set<String> groupMembers(String path) {
        GroupModel group = KeycloakModelUtils.findGroupByPath(session, realm, path.startsWith("/") ? path : "/" + path);
        if (group == null) {
            throw new InvalidInput("reviewers.group", "no Keycloak group '" + path + "' in the realm");
        }
        Set<String> ids = new LinkedHashSet<>();
        session.users().getGroupMembersStream(realm, group).filter(ReviewerLookup::canDecide)
                .forEach(user -> ids.add(user.getId()));
        return ids;
    }

    /** A disabled user cannot sign in to decide, nor does a client's service account: the fallback reviews. */
    private static boolean canDecide(UserModel user) {
        return user.isEnabled() && user.getServiceAccountClientLink() == null;
    }

    /** Manager ids by user id (managers who can decide), from one query over the realm's user attributes. */
    private Map<String, String> managers(String attribute) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        Map<String, String> managers = new HashMap<>();
        for (Object[] row : em.createQuery("select a.user.id, a.value from UserAttributeEntity a"
                + " where a.user.realmId = :realmId and a.name = :name", Object[].class)
                .setParameter("realmId", realm.getId()).setParameter("name", attribute).getResultList()) {
            String manager = row[1] == null ? null : users.idOf((String) row[1]);
            if (manager != null && users.byId(manager).enabled() && !users.byId(manager).serviceAccount()) {
                managers.put((String) row[0], manager);
            }
        }
        return managers;
    }
}
