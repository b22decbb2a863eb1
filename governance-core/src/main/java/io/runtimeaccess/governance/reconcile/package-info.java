/**
 * Reconciliation, where stored access no longer matches its sources: {@link Reconciler} reports federated users whose
 * identity-provider link is gone, identity-provider groups that match no end-user group, grants of roles that no
 * Active Policy defines, and end-user groups nobody is in. Only findings about one user become proposals (a review,
 * or removing a user's own grant); the group findings are reported only. {@link ReconciliationInputs} carries what
 * the snapshot lacks: identity-provider groups, end-user groups, stored grants and each Active Policy's roles.
 */
package io.runtimeaccess.governance.reconcile;
