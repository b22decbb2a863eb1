/**
 * The runtime-authorization admin API at {@code /admin/realms/{realm}/runtime-access}: the role catalog, solutions with
 * their builds and Active Policy, grants, end-user groups and members, owners, a user's effective access and its
 * explanation, export and import, and an admin's check and searches. {@link SharingAdminResourceProvider} mounts
 * {@link SharingAdminResource}, which also routes the governance, requests, lifecycle, reviews and tickets paths to
 * those modules' admin extensions. Reading needs {@code view-users}, changing {@code manage-users}.
 * {@link SharingChanges} is the grant and membership code path the other modules call too, so validation,
 * separation-of-duties guards, admin events and index invalidation are the same whoever asks.
 */
package io.runtimeaccess.sharing.admin;
