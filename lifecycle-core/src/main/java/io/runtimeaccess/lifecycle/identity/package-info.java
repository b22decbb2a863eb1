/**
 * Possible duplicates at onboarding: whether a new user may be an existing account, or an earlier row of the same
 * file, under another spelling. {@link IdentityKeys} gives the compared forms of usernames, emails and full names
 * (case folded, accents and dots dropped, spaces, hyphens and underscores made one space); {@link DuplicateFinder}
 * indexes accounts by them and answers {@link PossibleDuplicate}s. Deliberately broader than Keycloak's own
 * uniqueness: a match is only flagged for a human, never merged. Plain Java, with no Keycloak types.
 */
package io.runtimeaccess.lifecycle.identity;
