package io.runtimeaccess.governance.separation;

import io.runtimeaccess.governance.sod.SodRule;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The realm's separation-of-duties rules. */
public final class SodRules {

    private SodRules() {
    }

    public static List<SodRule> of(KeycloakSession session, RealmModel realm) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the separation-of-duties work");
    }
}
