/**
 * The identity-provider group sync: a user's identity-provider memberships of end-user groups are made exactly the
 * groups its {@code flowxIdPGroups} attribute names ({@link IdentityProviderGroupSync}). Memberships an admin or an
 * access request added are left alone, and a name with no end-user group is logged and recorded as an admin event,
 * never created. {@link GroupSyncListener} syncs after every successful login, in its own transaction once the login
 * has committed; {@link LazyGroupSync} syncs before the first check after the listed groups or the group names changed,
 * so later checks only compare two values in memory.
 */
package io.runtimeaccess.sharing.groupsync;
