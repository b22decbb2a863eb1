package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.risk.UserRiskScorer;
import io.runtimeaccess.governance.separation.SodRules;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.governance.settingsstore.SettingsStore;
import io.runtimeaccess.governance.sod.SodScanner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Computes and stores one user's risk now, with the realm's settings and separation-of-duties rules. */
public final class UserRisks {

    private static final Logger LOG = Logger.getLogger(UserRisks.class);

    private UserRisks() {
    }

    public static StoredRisk recompute(KeycloakSession session, RealmModel realm, UserModel user) {
        Instant now = Instant.now();
        return UserRiskStore.save(session, realm, user.getId(), compute(session, realm, user, now), now);
    }

    /**
     * The stored risk, or computed now if none was. The first one is then stored in a transaction of its own: two
     * readers of an unscored user at once would otherwise both insert the user's row, and the second would fail on
     * its unique key at commit. A reader that loses that race still answers what it computed.
     */
    public static StoredRisk storedOrComputed(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<StoredRisk> stored = UserRiskStore.of(session, realm, user.getId());
        if (stored.isPresent()) {
            return stored.get();
        }
        Instant now = Instant.now();
        UserRisk risk = compute(session, realm, user, now);
        String realmId = realm.getId();
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), first -> {
                RealmModel inFirst = first.realms().getRealm(realmId);
                if (UserRiskStore.of(first, inFirst, user.getId()).isEmpty()) {
                    UserRiskStore.save(first, inFirst, user.getId(), risk, now);
                }
            });
        } catch (RuntimeException notStored) {
            // most likely another request stored it first (the unique key); anything else, the next run stores it
            LOG.warnf("Realm %s: user %s's first risk not stored (%s); answered as computed", realmId, user.getId(),
                    notStored.getClass().getSimpleName());
        }
        return new StoredRisk(user.getId(), risk, now, UserRiskScorer.MODEL_VERSION);
    }

    private static UserRisk compute(KeycloakSession session, RealmModel realm, UserModel user, Instant now) {
        GovernanceSettings settings = SettingsStore.of(session, realm);
        UserRecord record = OneUserReader.read(session, realm, user, settings, now);
        int violations = SodScanner.scan(new AccessSnapshot(realm.getId(), now, List.of(record)),
                SodRules.of(session, realm)).size();
        return UserRiskScorer.score(record, violations, now, settings);
    }
}
