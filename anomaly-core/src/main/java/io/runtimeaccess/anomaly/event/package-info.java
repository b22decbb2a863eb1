/**
 * Sign-in and admin events as the scorer sees them: {@link UserEvent} (a sign-in, a failed sign-in, a token request,
 * ...) and {@link AdminAction} (an admin change, with the roles and groups it granted), built by the Keycloak
 * adapter. Imports nothing from the rest of the scorer, and the scorer needs no Keycloak model: the adapter decides
 * whether a role or group is admin-level and says so on each {@link GrantedAccess}.
 */
package io.runtimeaccess.anomaly.event;
