package io.runtimeaccess.governance.settings;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The realm's stored access-intelligence settings. */
public final class SettingsStore {

    private SettingsStore() {
    }

    /** The realm's settings, {@link GovernanceSettings#defaults()} if none were stored. */
    public static GovernanceSettings of(KeycloakSession session, RealmModel realm) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the proposal-queue work");
    }
}
