/**
 * What an access request gives and takes away, for each kind of item: a runtime role (a grant), an end-user group
 * membership, a realm role or a client role. {@link RequestedAccess} gives through the admin API's own code path
 * ({@code SharingChanges}: validation, separation-of-duties guards, admin event, index invalidation) and checks a
 * Keycloak role with the same guards before mapping it; taking skips what is already gone. Approval, auto-approval,
 * expiry and the check whether a user holds an item already all go through it.
 */
package io.runtimeaccess.requests.access;
