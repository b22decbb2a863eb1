/**
 * The access-request tables ({@code RA_REQ_ITEM}, {@code RA_REQ_REQUEST}, {@code RA_REQ_DECISION}) and
 * {@link RequestStore}, whose lookups are scoped to one realm (only the expiry query spans realms). An
 * {@link AccessRequestEntity} copies its item's kind, scope and target when it is made, so what an approval gives and
 * what expiry removes stay the same when an admin edits the item afterwards; {@link RequestDecisionEntity} is one
 * approver's approval or rejection.
 */
package io.runtimeaccess.requests.store;
