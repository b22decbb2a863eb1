package io.runtimeaccess.reviews.item;

import java.time.Instant;

/**
 * One piece of access a campaign reviews, as the adapter read it. {@code accessKey} is governance's item key
 * ({@code grant:{solutionId}:{role}}, {@code eug:{groupId}}, {@code realm-role:{name}}); {@code ref} is what a
 * revocation removes (the grant's id, the group's id, the role's key, the proposal's id); {@code source} says how
 * the user holds it ({@code direct}, {@code group:Night shift}, {@code request}, {@code identity-provider}...).
 * {@code grantedAt} and {@code lastUsed} are null when unknown or never.
 */
public record ReviewedAccess(String userId, String username, boolean userEnabled, AccessType type, String accessKey,
        String label, String ref, String source, Instant grantedAt, Instant lastUsed) {

    /** What kind of access an item is, which decides how a revocation removes it. */
    public enum AccessType {
        GRANT,
        GROUP_GRANT,
        MEMBERSHIP,
        /** A realm or client role, keyed {@code realm-role:{name}} or {@code client-role:{clientId}:{name}}. */
        ROLE,
        /**
         * A privileged role held through a Keycloak group: {@code accessKey} is the role's key, {@code ref} the id of
         * the group the user is a member of; revoking removes that membership.
         */
        GROUP_ROLE,
        /**
         * A privileged role held through a composite role: {@code accessKey} is the privileged role's key, {@code ref}
         * the key of the composite the user holds directly; revoking removes that direct mapping.
         */
        COMPOSITE_ROLE,
        PROPOSAL
    }
}
