/**
 * A realm read into governance-core's {@code AccessSnapshot}: its users with their attributes, credentials,
 * identity-provider links, Keycloak roles and groups, runtime grants and end-user-group memberships with last use,
 * sign-ins and open findings. {@link RealmSnapshots} reads page by page with one query per table (never one per
 * user); {@link SnapshotCache} keeps each realm's last snapshot on this node so that onboarding a newcomer does not
 * read the whole realm again. Service accounts are left out.
 */
package io.runtimeaccess.governance.snapshot;
