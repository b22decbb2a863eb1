/**
 * A realm's users and the access they hold, taken as one immutable {@link AccessSnapshot} that every
 * access-intelligence analysis reads: each {@link UserRecord} carries its account facts (enabled, federated, last
 * sign-in, second factor) and its {@link Holding}s of grants, end-user groups, realm and client roles and Keycloak
 * groups. An access item's key ({@code grant:{solutionId}:{role}}, {@code eug:{groupId}}, ...) names a piece of access
 * the same way in proposals, separation-of-duties rules and the API. Plain Java with no Keycloak imports: module
 * {@code governance} reads a realm into a snapshot.
 */
package io.runtimeaccess.governance.access;
