package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.signin.SignInMarks;
import io.runtimeaccess.governance.signin.StoredLogins;
import io.runtimeaccess.governance.snapshot.InheritedRuleItems;
import io.runtimeaccess.governance.snapshot.KeycloakItems;
import io.runtimeaccess.governance.snapshot.RiskFindings;
import io.runtimeaccess.sharing.check.AccessPath;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.index.AccessIndexes;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.Listings;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Reads what scoring one user needs (a {@link UserRecord}) when the risk of one user is asked for between runs, as a
 * run reads it: Keycloak's role and group mappings marked privileged as a run marks them ({@link KeycloakItems}),
 * the separation-of-duties items they bring ({@link InheritedRuleItems}), runtime grants from the realm's access
 * index, credentials, the last sign-in a run reads ({@link SignInMarks}; the last stored LOGIN event when there is
 * none) and the anomaly findings that weigh in risk ({@link RiskFindings}).
 */
final class OneUserReader {

    /** Credential types that are a second factor. */
    static final Set<String> SECOND_FACTORS = Set.of("otp", "webauthn", "webauthn-passwordless",
            "recovery-authn-codes");

    private OneUserReader() {
    }

    static UserRecord read(KeycloakSession session, RealmModel realm, UserModel user, GovernanceSettings settings,
            Instant now) {
        String id = user.getId();
        RiskFindings findings = RiskFindings.ofUser(session.getProvider(JpaConnectionProvider.class)
                .getEntityManager(), realm.getId(), id, now);
        Set<String> providers = session.users().getFederatedIdentitiesStream(realm, user)
                .map(FederatedIdentityModel::getIdentityProvider).collect(Collectors.toSet());
        boolean secondFactor = user.credentialManager().getStoredCredentialsStream()
                .anyMatch(c -> SECOND_FACTORS.contains(c.getType()));
        Long created = user.getCreatedTimestamp();
        return new UserRecord(id, user.getUsername(), attributes(user, settings), user.isEnabled(),
                providers, !providers.isEmpty() || user.getFederationLink() != null, secondFactor,
                created == null ? null : Instant.ofEpochMilli(created), lastSignIn(session, realm, user),
                RuntimeAttributes.subjectOf(user).designer(), findings.counted(id), findings.high(id),
                holdings(session, realm, user, settings, now));
    }

    private static Map<String, String> attributes(UserModel user, GovernanceSettings settings) {
        Map<String, String> values = new HashMap<>();
        for (String name : settings.peerAttributes()) {
            String value = user.getFirstAttribute(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    /**
     * The sign-in a run reads, else the newest stored LOGIN event; null when neither knows one (the realm stores no
     * events and the user did not sign in since sign-ins were marked).
     */
    private static Instant lastSignIn(KeycloakSession session, RealmModel realm, UserModel user) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        List<String> ids = List.of(user.getId());
        SignInMarks.SignIn signIn = StoredLogins.fillIn(em, realm, ids, SignInMarks.of(em, realm.getId(), ids))
                .get(user.getId());
        return signIn == null ? null : Instant.ofEpochMilli(signIn.at());
    }

    private static List<Holding> holdings(KeycloakSession session, RealmModel realm, UserModel user,
            GovernanceSettings settings, Instant now) {
        List<Holding> holdings = new ArrayList<>();
        KeycloakItems items = new KeycloakItems(session, realm, settings.privilegedItems());
        List<String> roleIds = user.getRoleMappingsStream().map(RoleModel::getId).toList();
        List<String> groupIds = user.getGroupsStream().map(GroupModel::getId).toList();
        roleIds.stream().map(items::role).filter(Objects::nonNull).forEach(role -> holdings.add(Holding.direct(role)));
        groupIds.stream().map(items::group).filter(Objects::nonNull)
                .forEach(group -> holdings.add(Holding.direct(group)));
        // end-user group memberships are items as a run reads them (SoD rules and privileged items may name them)
        EndUserGroupStore endUserGroups = new EndUserGroupStore(session, realm);
        for (String groupId : new Listings(session, realm).groupIdsOf(user.getId())) {
            AccessItem membership = AccessItem.endUserGroup(groupId, endUserGroups.group(groupId).getName());
            holdings.add(Holding.direct(marked(membership, settings)));
        }
        for (AccessPath path : AccessIndexes.of(session, realm).explain(user.getId(), now.toEpochMilli())) {
            AccessItem grant = marked(AccessItem.grant(path.solutionId(), path.role(), null, false), settings);
            Instant expires = path.expiresAtMillis() == null ? null : Instant.ofEpochMilli(path.expiresAtMillis());
            holdings.add(new Holding(grant, path.viaGroup(), path.viaGroup(), null, expires, null));
        }
        holdings.addAll(new InheritedRuleItems(session, realm).inherited(roleIds, groupIds, holdings));
        return holdings;
    }

    /** The items the settings list are privileged; a run marks grants the same way. */
    private static AccessItem marked(AccessItem item, GovernanceSettings settings) {
        return settings.privilegedItems().contains(item.key()) ? item.asPrivileged() : item;
    }
}
