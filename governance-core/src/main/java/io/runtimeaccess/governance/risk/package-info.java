/**
 * The 0–100 user risk: {@link UserRiskScorer} adds points for admin roles, access marked privileged, the designer
 * flag, broad access, a missing second factor, dormancy, separation-of-duties violations and open or recently
 * confirmed anomaly findings, each a reason with a stable code, and caps the sum at 100; a disabled user scores 0.
 * {@link RiskPoints} holds the weights that docs/governance.md describes, and {@link AdminRoles} recognises
 * Keycloak's admin roles. Storing the risk and the authenticator condition "Condition - user risk" are in module
 * {@code governance}.
 */
package io.runtimeaccess.governance.risk;
