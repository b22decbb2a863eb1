/**
 * Deciding a pending request. {@link Approving} is the approver's side: the requests it may decide, approval and
 * rejection with a comment, never of its own request; the last approval the policy needs gives the access at once,
 * through the separation-of-duties guards. {@link AutoApprover} approves a new request without a human when its item
 * allows it, the peer recommender has a waiting recommendation of that access with enough confidence and the
 * requester's risk is below the item's maximum; it runs after the request committed, in its own transaction.
 */
package io.runtimeaccess.requests.approval;
