package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.risk.UserRisk;
import java.time.Instant;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Users' last computed risk, kept so a sign-in reads it instead of computing it. */
public final class UserRiskStore {

    private UserRiskStore() {
    }

    /** Replaces the stored risk of every user in {@code risks}. */
    public static void saveAll(KeycloakSession session, RealmModel realm, Map<String, UserRisk> risks,
            Instant computedAt) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the user-risk work");
    }
}
