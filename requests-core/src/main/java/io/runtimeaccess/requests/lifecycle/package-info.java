/**
 * The life of a just-in-time access request: its {@link RequestStatus} (pending, active, rejected, cancelled,
 * expired); {@link NewRequest}, what a user asks for checked against the item's policy (duration, justification,
 * ticket key); and {@link ApprovalRules}: nobody approves their own request, each approver counts once, the policy's
 * number of distinct approvers makes the request active, and one rejection ends it. Plain Java with no Keycloak
 * imports: storing requests, granting the access and removing it when its time is up are in module {@code requests}.
 */
package io.runtimeaccess.requests.lifecycle;
