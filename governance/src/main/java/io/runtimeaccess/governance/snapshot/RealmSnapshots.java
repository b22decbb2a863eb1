package io.runtimeaccess.governance.snapshot;

import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Reads a realm's users, access and use into an {@link AccessSnapshot}, page by page. */
public final class RealmSnapshots {

    private RealmSnapshots() {
    }

    /** Every user of the realm with the peer attributes, holdings and use that {@code settings} ask for. */
    public static AccessSnapshot take(KeycloakSession session, RealmModel realm, GovernanceSettings settings) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the run-engine work");
    }
}
