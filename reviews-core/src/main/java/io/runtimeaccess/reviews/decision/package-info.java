/**
 * A reviewer's decision on one review item: approve (keep the access), revoke it, or delegate the item to another
 * reviewer ({@link Decision}). {@link ItemDecision} validates one decision as sent (a justification is always required)
 * and a bulk of up to 1,000; {@link ReviewerRight} says whether a user may decide an item with their own token: only as
 * one of its reviewers, and never about their own access. An admin deciding through the admin API is not checked here:
 * that is the admin override.
 */
package io.runtimeaccess.reviews.decision;
