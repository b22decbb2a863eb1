package io.runtimeaccess.sharing.groupsync;

import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.store.AccessIndexes;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GroupMemberEntity;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Makes a user's identity-provider memberships exactly the end-user groups named in its
 * {@code flowxIdPGroups} attribute (what the token's {@code attributes.runtimeGroups} carries).
 * Memberships added by an admin are never touched; names without a group are reported, not created.
 */
public final class IdentityProviderGroupSync {

    private static final Logger LOG = Logger.getLogger(IdentityProviderGroupSync.class);

    private IdentityProviderGroupSync() {
    }

    public static void sync(KeycloakSession session, RealmModel realm, UserModel user) {
        Set<String> listed = user.getAttributeStream(RuntimeAttributesTokenMapperConfig.DEFAULT_GROUPS_ATTRIBUTE)
                .collect(Collectors.toCollection(TreeSet::new));
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        Map<String, EndUserGroupEntity> byName = groups.byName();
        Set<String> wanted = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String name : listed) {
            EndUserGroupEntity group = byName.get(name);
            if (group == null) {
                unknown.add(name);
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
        if (!unknown.isEmpty()) {
            LOG.warnf("Realm '%s': user '%s' is in identity-provider group(s) %s that are not end-user groups of the "
                    + "organization; no membership was created for them.", realm.getName(), user.getUsername(), unknown);
        }
        if (changed) {
            AccessIndexes.invalidateAfterCommit(session, realm);
        }
    }
}
