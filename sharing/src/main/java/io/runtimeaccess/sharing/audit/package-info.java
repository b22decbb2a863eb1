/**
 * Admin events for changes the server makes outside an admin request (the expired-grant clean-up, the identity-provider
 * group sync, a change an admin approved earlier): {@link ServerAdminEvents} records them as CUSTOM admin events under
 * {@code runtime-access/}, stored when the realm keeps admin events and passed to the realm's and the global event
 * listeners, so they land in the same audit trail as an admin's changes. A package of its own because Keycloak's
 * AdminEventBuilder needs an authenticated admin, which these changes do not have.
 */
package io.runtimeaccess.sharing.audit;
