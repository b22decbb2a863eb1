/**
 * A {@link Proposal} is one change to one user's access (add, remove, review, or disable the account) put to a human,
 * with its {@link Category}, a confidence from 0 to 1, a justification naming its evidence, and the model version and
 * inputs behind it. {@link Proposal#fingerprint} identifies the same change across runs, so that a rejected or waiting
 * proposal is not made again. Only the values: the queue, approval and applying (or auto-applying in
 * {@code auto-low-risk} mode) are in module {@code governance}.
 */
package io.runtimeaccess.governance.proposal;
