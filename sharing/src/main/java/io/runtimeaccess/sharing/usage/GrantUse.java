package io.runtimeaccess.sharing.usage;

import java.time.Instant;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** When grants were last exercised by an allowed check or a token's runtime claims. */
public final class GrantUse {

    private GrantUse() {
    }

    /** Last use by key {@code {USER|GROUP}:{principalId}:{solutionId}:{role}}: flushed marks plus this node's unflushed ones. */
    public static Map<String, Instant> lastUsed(KeycloakSession session, RealmModel realm) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the use-tracking work");
    }
}
