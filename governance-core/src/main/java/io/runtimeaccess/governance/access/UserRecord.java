package io.runtimeaccess.governance.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a run knows about one user.
 *
 * @param attributes        only the attributes the realm's settings name as peer attributes (department, title,
 *                          location, manager…), one value each
 * @param identityProviders aliases of the identity providers the user is linked to now
 * @param federated         whether the user came from an identity provider (created by a brokered login or
 *                          carrying synced identity-provider groups), whether or not a link is left
 * @param secondFactor      whether an OTP, WebAuthn or recovery-code credential is configured
 * @param lastSignIn        null if never seen signing in
 * @param designer          the designer flag ({@code designerUser}), which bypasses swimlane permissions
 * @param openFindings      anomaly findings about the user that weigh in risk: the open ones and those confirmed
 *                          recently (which ones is the reader's rule)
 * @param highFindings      of those, how many are HIGH or CRITICAL
 */
public record UserRecord(String id, String username, Map<String, String> attributes, boolean enabled,
        Set<String> identityProviders, boolean federated, boolean secondFactor, Instant createdAt,
        Instant lastSignIn, boolean designer, int openFindings, int highFindings, List<Holding> holdings) {

    public UserRecord {
        attributes = Map.copyOf(attributes);
        identityProviders = Set.copyOf(identityProviders);
        holdings = List.copyOf(holdings);
    }

    public boolean holds(String itemKey) {
        for (Holding holding : holdings) {
            if (holding.item().key().equals(itemKey)) {
                return true;
            }
        }
        return false;
    }

    public boolean privileged() {
        if (designer) {
            return true;
        }
        for (Holding holding : holdings) {
            if (holding.item().privileged()) {
                return true;
            }
        }
        return false;
    }
}
