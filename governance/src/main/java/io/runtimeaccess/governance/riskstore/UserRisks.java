package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.risk.UserRiskScorer;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settings.SettingsStore;
import io.runtimeaccess.governance.sod.SodScanner;
import java.time.Instant;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Computes and stores one user's risk now, with the realm's settings and separation-of-duties rules. */
public final class UserRisks {

    private UserRisks() {
    }

    public static StoredRisk recompute(KeycloakSession session, RealmModel realm, UserModel user) {
        Instant now = Instant.now();
        GovernanceSettings settings = SettingsStore.of(session, realm);
        UserRecord record = OneUserReader.read(session, realm, user, settings, now);
        int violations = SodScanner.scan(new AccessSnapshot(realm.getId(), now, List.of(record)),
                SodRules.of(session, realm)).size();
        UserRisk risk = UserRiskScorer.score(record, violations, now, settings);
        return UserRiskStore.save(session, realm, user.getId(), risk, now);
    }

    /** The stored risk, or computed and stored now if none was. */
    public static StoredRisk storedOrComputed(KeycloakSession session, RealmModel realm, UserModel user) {
        return UserRiskStore.of(session, realm, user.getId()).orElseGet(() -> recompute(session, realm, user));
    }
}
