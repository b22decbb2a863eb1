/**
 * The policy of a requestable item: {@link AccessPolicy} holds the longest duration (8 hours by default, 30 days at
 * most), the {@link ApproverRule} (named users, a Keycloak group, a realm role or the requester's manager), one or
 * two approvals, whether a justification and a ticket are required, and the optional {@link AutoApproval} by the peer
 * recommender's confidence and the requester's risk. {@code ItemKind} names what an item gives with the same keys as
 * the separation-of-duties rules; input that breaks a rule is an {@code InvalidInput} naming the field.
 */
package io.runtimeaccess.requests.policy;
