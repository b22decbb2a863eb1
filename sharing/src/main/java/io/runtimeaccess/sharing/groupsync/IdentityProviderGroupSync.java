package io.runtimeaccess.sharing.groupsync;

import io.runtimeaccess.mappers.LogText;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Makes a user's identity-provider memberships exactly the end-user groups named in its
 * {@code flowxIdPGroups} attribute (what the token's {@code attributes.runtimeGroups} carries).
 * Memberships added by an admin are never touched; names without a group are reported in the log and
 * as an admin event, not created.
 */
public final class IdentityProviderGroupSync {

    /** What started a sync, as named in the admin event of unmatched names. */
    public enum Trigger { LOGIN, CHECK }

    private static final Logger LOG = Logger.getLogger(IdentityProviderGroupSync.class);

    private IdentityProviderGroupSync() {
    }

    /**
     * Syncs and returns what it synced against, for {@link LazyGroupSync} to remember. Names without a group are
     * reported unless {@code previous} (what this node last synced the user against) listed the same names and found
     * the same of them unmatched: an identity provider that sends groups the organization does not use (most
     * directory groups) would otherwise write a warning and an admin event at every sign-in of every such user.
     */
    public static SyncedState sync(KeycloakSession session, RealmModel realm, UserModel user, Trigger trigger,
            SyncedState previous) {
        Set<String> listed = listedGroups(user);
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        Map<String, EndUserGroupEntity> byName = groups.byName();
        Set<String> wanted = new TreeSet<>();
        Set<String> unmatched = new TreeSet<>();
        for (String name : listed) {
            EndUserGroupEntity group = byName.get(name);
            if (group == null) {
                unmatched.add(name);
            } else {
                wanted.add(group.getId());
            }
        }
        boolean changed = false;
        for (GroupMemberEntity membership : groups.membershipsOf(user.getId(), GroupMemberEntity.IDENTITY_PROVIDER)) {
            if (!wanted.remove(membership.getGroupId())) {
                groups.remove(membership);
                changed = true;
            }
        }
        for (String groupId : wanted) {
            groups.addMember(groups.group(groupId), user.getId(), GroupMemberEntity.IDENTITY_PROVIDER);
            changed = true;
        }
        SyncedState synced = new SyncedState(List.copyOf(listed),
                AccessIndexes.groupNamesVersion(realm, namesById(byName)), List.copyOf(unmatched));
        boolean reportedAlready = previous != null && previous.listedGroups().equals(synced.listedGroups())
                && previous.unmatchedGroups().equals(synced.unmatchedGroups());
        if (!unmatched.isEmpty() && !reportedAlready) {
            reportUnmatched(session, realm, user, unmatched, trigger);
        }
        if (changed) {
            AccessIndexes.groupsSyncedAfterCommit(session, realm, user.getId());
        }
        return synced;
    }

    private static Map<String, String> namesById(Map<String, EndUserGroupEntity> byName) {
        Map<String, String> namesById = new HashMap<>();
        byName.values().forEach(group -> namesById.put(group.getId(), group.getName()));
        return namesById;
    }

    static Set<String> listedGroups(UserModel user) {
        return user.getAttributeStream(RuntimeAttributesTokenMapperConfig.DEFAULT_GROUPS_ATTRIBUTE)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void reportUnmatched(KeycloakSession session, RealmModel realm, UserModel user,
            Set<String> unmatched, Trigger trigger) {
        LOG.warnf("Realm '%s': user '%s' is in identity-provider group(s) %s that are not end-user groups of the "
                + "organization; no membership was created for them.", realm.getName(),
                LogText.safe(user.getUsername()), LogText.safe(String.valueOf(unmatched)));
        ServerAdminEvents.record(session, realm, OperationType.ACTION,
                "users/" + user.getId() + "/identity-provider-groups",
                Map.of("userId", user.getId(), "username", user.getUsername(), "unmatchedGroups", unmatched,
                        "trigger", trigger.name().toLowerCase(Locale.ROOT)));
    }
}
