package io.runtimeaccess.sharing.guard;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Asks every installed guard whether a user may get an access item; a guard refuses with a 409 naming its rule. */
public final class AccessChangeGuards {

    private AccessChangeGuards() {
    }

    /**
     * @param itemKey              the access item key ({@code grant:…}, {@code eug:…}, {@code realm-role:…}, …)
     * @param overrideJustification null, or the admin's justification for overriding a preventive rule
     */
    public static void check(KeycloakSession session, RealmModel realm, String userId, String itemKey,
            String overrideJustification) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the separation-of-duties work");
    }
}
