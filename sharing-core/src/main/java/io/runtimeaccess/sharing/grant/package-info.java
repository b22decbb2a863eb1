/**
 * Who holds which runtime role: a {@link Grant} gives one role on one solution to a user or an {@link EndUserGroup},
 * optionally until an expiry, and says why it exists ({@link GrantSource}: admin, recommendation, just-in-time, import
 * or access request). An archived end-user group keeps its members and grants but grants nothing. Plain records without
 * Keycloak or storage types; the rows they are read from live in the sharing module's store package.
 */
package io.runtimeaccess.sharing.grant;
