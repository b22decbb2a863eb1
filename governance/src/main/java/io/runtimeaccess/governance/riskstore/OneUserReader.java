package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.events.finding.FindingEntity;
import io.runtimeaccess.events.finding.FindingFilter;
import io.runtimeaccess.events.finding.FindingStore;
import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.risk.AdminRoles;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.sharing.check.AccessPath;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.index.AccessIndexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.ClientModel;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.ModelToRepresentation;

/**
 * Reads what scoring one user needs (a {@link UserRecord}) when the risk of one user is asked for between runs:
 * Keycloak's role and group mappings, runtime grants from the realm's access index, credentials, the last
 * stored LOGIN event (when the realm stores events) and open anomaly findings.
 */
final class OneUserReader {

    /** Credential types that are a second factor. */
    static final Set<String> SECOND_FACTORS = Set.of("otp", "webauthn", "webauthn-passwordless",
            "recovery-authn-codes");
    private static final Set<String> HIGH_SEVERITIES = Set.of("HIGH", "CRITICAL");
    /** Findings read per user: enough to reach every cap of the score. */
    private static final int MAX_FINDINGS = 1000;

    private OneUserReader() {
    }

    static UserRecord read(KeycloakSession session, RealmModel realm, UserModel user, GovernanceSettings settings,
            Instant now) {
        List<FindingEntity> findings = new FindingStore(session, realm).search(
                new FindingFilter(user.getId(), null, null, FindingStore.OPEN, null, null), 0, MAX_FINDINGS);
        int high = (int) findings.stream().filter(f -> HIGH_SEVERITIES.contains(f.getSeverity())).count();
        Set<String> providers = session.users().getFederatedIdentitiesStream(realm, user)
                .map(FederatedIdentityModel::getIdentityProvider).collect(Collectors.toSet());
        boolean secondFactor = user.credentialManager().getStoredCredentialsStream()
                .anyMatch(c -> SECOND_FACTORS.contains(c.getType()));
        Long created = user.getCreatedTimestamp();
        return new UserRecord(user.getId(), user.getUsername(), attributes(user, settings), user.isEnabled(),
                providers, !providers.isEmpty() || user.getFederationLink() != null, secondFactor,
                created == null ? null : Instant.ofEpochMilli(created), lastSignIn(session, realm, user),
                RuntimeAttributes.subjectOf(user).designer(), findings.size(), high,
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

    /** The newest stored LOGIN event; null when the realm stores no events or the user never signed in. */
    private static Instant lastSignIn(KeycloakSession session, RealmModel realm, UserModel user) {
        EventStoreProvider events = session.getProvider(EventStoreProvider.class);
        if (events == null || !realm.isEventsEnabled()) {
            return null;
        }
        return events.createQuery().realm(realm.getId()).user(user.getId()).type(EventType.LOGIN)
                .orderByDescTime().maxResults(1).getResultStream().findFirst()
                .map(Event::getTime).map(Instant::ofEpochMilli).orElse(null);
    }

    private static List<Holding> holdings(KeycloakSession session, RealmModel realm, UserModel user,
            GovernanceSettings settings, Instant now) {
        List<Holding> holdings = new ArrayList<>();
        user.getRoleMappingsStream().forEach(role -> holdings.add(Holding.direct(marked(role(role), settings))));
        user.getGroupsStream().forEach(group -> holdings.add(Holding.direct(
                marked(AccessItem.group(group.getId(), ModelToRepresentation.buildGroupPath(group), false), settings))));
        for (AccessPath path : AccessIndexes.of(session, realm).explain(user.getId(), now.toEpochMilli())) {
            AccessItem grant = marked(AccessItem.grant(path.solutionId(), path.role(), null, false), settings);
            Instant expires = path.expiresAtMillis() == null ? null : Instant.ofEpochMilli(path.expiresAtMillis());
            holdings.add(new Holding(grant, path.viaGroup(), path.viaGroup(), null, expires, null));
        }
        return holdings;
    }

    private static AccessItem role(RoleModel role) {
        if (role.isClientRole()) {
            return AccessItem.clientRole(((ClientModel) role.getContainer()).getClientId(), role.getName(), false);
        }
        return AccessItem.realmRole(role.getName(), false);
    }

    /** Admin roles and the items the settings list are privileged. */
    private static AccessItem marked(AccessItem item, GovernanceSettings settings) {
        return AdminRoles.isAdmin(item) || settings.privilegedItems().contains(item.key()) ? item.asPrivileged() : item;
    }
}
