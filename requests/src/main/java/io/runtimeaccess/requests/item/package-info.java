/**
 * Requestable items, the admin side. {@link RequestableItemsResource} at {@code .../runtime-access/requests/items}
 * creates, replaces and deletes the runtime roles, end-user groups and Keycloak roles users may request, each with its
 * policy (longest duration, approvers, approvals needed, justification, ticket, auto-approval) and whether it needs a
 * manual step, all checked against the realm before anything is written. {@link ItemPolicies} reads a stored item as
 * the core's AccessPolicy, and {@link Approvers} decides whether a user is an approver under an item's rule.
 */
package io.runtimeaccess.requests.item;
