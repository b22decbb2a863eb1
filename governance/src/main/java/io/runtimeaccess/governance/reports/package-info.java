/**
 * Access-intelligence reports, each from a fresh read of the realm rather than the last run: dormant accounts, unused
 * grants and disabled users' access, and reconciliation (orphaned federated users, identity-provider groups matching
 * no end-user group, grants of roles no Active Policy defines, empty end-user groups). {@link ReportsResource} serves
 * them under {@code .../governance/reports}; the analysis is governance-core's, this package only reads and shapes it.
 */
package io.runtimeaccess.governance.reports;
