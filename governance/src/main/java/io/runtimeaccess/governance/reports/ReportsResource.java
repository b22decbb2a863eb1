package io.runtimeaccess.governance.reports;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.dormancy.DisabledUserHolding;
import io.runtimeaccess.governance.dormancy.DormancyAnalyser;
import io.runtimeaccess.governance.dormancy.DormantAccount;
import io.runtimeaccess.governance.dormancy.UnusedHolding;
import io.runtimeaccess.governance.reconcile.EndUserGroupRecord;
import io.runtimeaccess.governance.reconcile.GrantRecord;
import io.runtimeaccess.governance.reconcile.Reconciler;
import io.runtimeaccess.governance.reconcile.ReconciliationReport;
import io.runtimeaccess.governance.reconcile.UnmatchedGroup;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.snapshot.RealmReading;
import io.runtimeaccess.governance.snapshot.RealmSnapshots;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * {@code reports/dormant}, {@code reports/unused} and {@code reports/reconciliation} ({@code view-users}), each
 * from a fresh read of the realm: a report shows the state now, not the last run's.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final EndUserGroupStore groups;

    public ReportsResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.groups = new EndUserGroupStore(session, realm);
    }

    @GET
    @Path("dormant")
    public Map<String, Object> dormant() {
        auth.users().requireView();
        GovernanceSettings settings = SettingsStore.of(session, realm);
        DormancyAnalyser analyser = analyser(settings);
        List<Map<String, Object>> accounts = analyser.dormantAccounts(RealmSnapshots.take(session, realm, settings))
                .stream().map(ReportsResource::account).toList();
        return Map.of("dormantDays", settings.dormantDays(), "accounts", accounts);
    }

    @GET
    @Path("unused")
    public Map<String, Object> unused() {
        auth.users().requireView();
        GovernanceSettings settings = SettingsStore.of(session, realm);
        DormancyAnalyser analyser = analyser(settings);
        var snapshot = RealmSnapshots.take(session, realm, settings);
        return Map.of("unusedDays", settings.unusedDays(),
                "grants", analyser.unusedGrants(snapshot).stream().map(ReportsResource::unused).toList(),
                "disabledUsers", analyser.disabledUserAccess(snapshot).stream().map(ReportsResource::disabled).toList());
    }

    @GET
    @Path("reconciliation")
    public Map<String, Object> reconciliation() {
        auth.users().requireView();
        RealmReading reading = RealmSnapshots.read(session, realm, SettingsStore.of(session, realm));
        ReconciliationReport report = Reconciler.reconcile(reading.snapshot(), reading.reconciliation());
        return Map.of(
                "orphanedFederatedUsers", report.orphanedFederatedUsers().stream().map(ReportsResource::user).toList(),
                "unmatchedIdentityProviderGroups", report.unmatchedGroups().stream().map(ReportsResource::unmatched)
                        .toList(),
                "inactivePolicyGrants", report.inactivePolicyGrants().stream().map(this::grant).toList(),
                "emptyGroups", report.emptyGroups().stream().map(ReportsResource::group).toList());
    }

    private static DormancyAnalyser analyser(GovernanceSettings settings) {
        return new DormancyAnalyser(settings.dormantDays(), settings.unusedDays(), settings.privilegedItems());
    }

    private static Map<String, Object> account(DormantAccount account) {
        Map<String, Object> json = user(account.user());
        json.put("enabled", account.user().enabled());
        json.put("lastSignIn", instant(account.lastSignIn()));
        json.put("daysSinceSignIn", account.daysSinceSignIn());
        json.put("privileged", account.privileged());
        return json;
    }

    private static Map<String, Object> unused(UnusedHolding unused) {
        Map<String, Object> json = user(unused.user());
        json.put("item", item(unused.holding().item()));
        json.put("viaGroup", unused.holding().viaGroupName());
        json.put("lastUsed", instant(unused.holding().lastUsed()));
        json.put("daysUnused", unused.daysUnused());
        json.put("privileged", unused.privileged());
        return json;
    }

    private static Map<String, Object> disabled(DisabledUserHolding held) {
        Map<String, Object> json = user(held.user());
        json.put("item", item(held.holding().item()));
        return json;
    }

    private static Map<String, Object> unmatched(UnmatchedGroup unmatched) {
        Map<String, Object> json = user(unmatched.user());
        json.put("group", unmatched.group());
        return json;
    }

    private Map<String, Object> grant(GrantRecord grant) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("grantId", grant.grantId());
        json.put("solutionId", grant.solutionId());
        json.put("solutionName", grant.solutionName());
        json.put("role", grant.role());
        // stored as the enum's name; the API writes "user" / "group" everywhere, with the name people read
        Map<String, Object> principal = new LinkedHashMap<>();
        principal.put("type", grant.principalType().toLowerCase(Locale.ROOT));
        principal.put("id", grant.principalId());
        principal.put("name", principalName(grant));
        json.put("principal", principal);
        return json;
    }

    /** The username or the end-user group's name; null when it is gone. */
    private String principalName(GrantRecord grant) {
        if (GrantRecord.GROUP.equals(grant.principalType())) {
            return groups.find(grant.principalId()).map(EndUserGroupEntity::getName).orElse(null);
        }
        UserModel user = session.users().getUserById(realm, grant.principalId());
        return user == null ? null : user.getUsername();
    }

    private static Map<String, Object> group(EndUserGroupRecord group) {
        return Map.of("groupId", group.id(), "name", group.name());
    }

    private static Map<String, Object> user(UserRecord user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", user.id());
        json.put("username", user.username());
        return json;
    }

    /** An access item as the API shows it everywhere (docs/api.md). */
    static Map<String, Object> item(AccessItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", item.kind().prefix());
        json.put("key", item.key());
        json.put("label", item.label());
        json.put("solutionId", item.solutionId());
        json.put("privileged", item.privileged());
        return json;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
