package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.reconcile.ReconciliationInputs;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.signin.SignInMarks;
import io.runtimeaccess.governance.signin.StoredLogins;
import io.runtimeaccess.mappers.claim.BooleanValue;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.usage.GrantUse;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reads a realm's users, access and use into an {@link AccessSnapshot}, page by page: the users in pages of
 * {@value #PAGE} by id, each page's attributes, credentials, links, roles, groups and sign-ins in one query per
 * table; grants, memberships, use and findings once per realm. Service accounts are not users here.
 */
public final class RealmSnapshots {

    /** Users per page; also the size of every IN list, which every supported database accepts. */
    static final int PAGE = 500;
    static final String DESIGNER = RuntimeAttributesTokenMapperConfig.DEFAULT_DESIGNER_ATTRIBUTE;
    static final String IDP_GROUPS = RuntimeAttributesTokenMapperConfig.DEFAULT_GROUPS_ATTRIBUTE;

    private RealmSnapshots() {
    }

    /** Every user of the realm with the peer attributes, holdings and use that {@code settings} ask for. */
    public static AccessSnapshot take(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
        return read(session, realm, settings).snapshot();
    }

    /** The snapshot and the reconciliation inputs, from one read of the realm. */
    public static RealmReading read(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
        Reader reader = new Reader(session, realm, settings);
        List<UserRecord> users = new ArrayList<>();
        String after = "";
        while (true) {
            List<Object[]> page = reader.em.createQuery("select u.id, u.username, u.enabled, u.createdTimestamp"
                    + " from UserEntity u where u.realmId = :realmId and u.serviceAccountClientLink is null"
                    + " and u.id > :after order by u.id", Object[].class).setParameter("realmId", realm.getId())
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            users.addAll(reader.records(page));
            if (page.size() < PAGE) {
                break;
            }
            after = (String) page.get(page.size() - 1)[0];
        }
        AccessSnapshot snapshot = new AccessSnapshot(realm.getId(), reader.now, users);
        return new RealmReading(snapshot, new ReconciliationInputs(reader.idpGroups, reader.sharing.liveGroups(),
                reader.sharing.grants(), reader.sharing.activeRoles()));
    }

    /** Just these users (those that exist and are not service accounts), read the same way. */
    public static List<UserRecord> users(KeycloakSession session, RealmModel realm, GovernanceSettings settings,
            List<String> userIds) {
        Reader reader = new Reader(session, realm, settings);
        List<UserRecord> users = new ArrayList<>();
        for (int from = 0; from < userIds.size(); from += PAGE) {
            List<Object[]> page = reader.em.createQuery("select u.id, u.username, u.enabled, u.createdTimestamp"
                    + " from UserEntity u where u.realmId = :realmId and u.serviceAccountClientLink is null"
                    + " and u.id in :ids", Object[].class).setParameter("realmId", realm.getId())
                    .setParameter("ids", userIds.subList(from, Math.min(userIds.size(), from + PAGE))).getResultList();
            users.addAll(reader.records(page));
        }
        return users;
    }

    /** The per-realm state of one read: what is loaded once, and the identity-provider groups seen so far. */
    private static final class Reader {

        final EntityManager em;
        final Instant now = Instant.now();
        final String realmId;
        final RealmModel realm;
        final GovernanceSettings settings;
        final KeycloakItems items;
        final SharingHoldings sharing;
        final RiskFindings findings;
        final Set<String> attributeNames = new LinkedHashSet<>();
        final Map<String, Set<String>> idpGroups = new HashMap<>();
        final InheritedRuleItems ruleItems;

        Reader(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
            this.em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            this.realmId = realm.getId();
            this.realm = realm;
            this.settings = settings;
            this.items = new KeycloakItems(session, realm, settings.privilegedItems());
            this.sharing = new SharingHoldings(em, realmId, GrantUse.lastUsed(session, realm), items::mark,
                    now.toEpochMilli());
            this.findings = RiskFindings.ofRealm(em, realmId, now);
            this.ruleItems = new InheritedRuleItems(session, realm);
            attributeNames.addAll(settings.peerAttributes());
            attributeNames.add(DESIGNER);
            attributeNames.add(IDP_GROUPS);
        }

        List<UserRecord> records(List<Object[]> rows) {
            List<String> ids = new ArrayList<>();
            rows.forEach(row -> ids.add((String) row[0]));
            UserPage page = new UserPage(em, ids, attributeNames);
            // as one user's risk reads it: the marks, else the realm's stored LOGIN events
            Map<String, SignInMarks.SignIn> signIns = StoredLogins.fillIn(em, realm, ids, SignInMarks.of(em, realmId,
                    ids));
            List<UserRecord> records = new ArrayList<>();
            for (Object[] row : rows) {
                records.add(record((String) row[0], (String) row[1], (Boolean) row[2], (Long) row[3], page,
                        signIns.get((String) row[0])));
            }
            return records;
        }

        private UserRecord record(String id, String username, boolean enabled, Long createdAt, UserPage page,
                SignInMarks.SignIn signIn) {
            Map<String, List<String>> values = page.attributes.getOrDefault(id, Map.of());
            Map<String, String> peerAttributes = new HashMap<>();
            for (String name : settings.peerAttributes()) {
                List<String> value = values.get(name);
                if (value != null && !value.isEmpty() && value.get(0) != null) {
                    peerAttributes.put(name, value.get(0));
                }
            }
            List<String> listedGroups = values.getOrDefault(IDP_GROUPS, List.of());
            if (!listedGroups.isEmpty()) {
                idpGroups.put(id, new HashSet<>(listedGroups));
            }
            Set<String> providers = page.identityProviders.getOrDefault(id, Set.of());
            boolean federated = !providers.isEmpty() || !listedGroups.isEmpty() || signIn != null && signIn.brokered();
            List<String> designer = values.getOrDefault(DESIGNER, List.of());
            return new UserRecord(id, username, peerAttributes, enabled, providers, federated,
                    page.withSecondFactor.contains(id), createdAt == null ? null : Instant.ofEpochMilli(createdAt),
                    signIn == null ? null : Instant.ofEpochMilli(signIn.at()),
                    !designer.isEmpty() && BooleanValue.isTrue(designer.get(0)), findings.counted(id), findings.high(id),
                    holdings(id, page));
        }

        private List<Holding> holdings(String id, UserPage page) {
            List<Holding> holdings = new ArrayList<>(sharing.of(id));
            for (String roleId : page.roleIds.getOrDefault(id, List.of())) {
                AccessItem role = items.role(roleId);
                if (role != null) {
                    holdings.add(Holding.direct(role));
                }
            }
            for (String groupId : page.groupIds.getOrDefault(id, List.of())) {
                AccessItem group = items.group(groupId);
                if (group != null) {
                    holdings.add(Holding.direct(group));
                }
            }
            holdings.addAll(ruleItems.inherited(page.roleIds.getOrDefault(id, List.of()),
                    page.groupIds.getOrDefault(id, List.of()), holdings));
            return holdings;
        }
    }
}
