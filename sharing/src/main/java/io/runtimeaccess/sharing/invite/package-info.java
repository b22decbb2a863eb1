/**
 * Inviting a brand-new user from the Share dialog, as the reference describes it: the user is created through
 * Keycloak's user profile (so the realm's own attribute rules apply) and gets Keycloak's "execute actions" mail, the
 * one an admin sends from Keycloak's console, asking to verify the address and set a password. Sharing with the new
 * user is then an ordinary grant.
 */
package io.runtimeaccess.sharing.invite;
