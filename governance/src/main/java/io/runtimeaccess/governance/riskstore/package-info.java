/**
 * Stored user risk: each user's last computed 0–100 score with its reasons, one row per user in
 * {@code RA_GOV_USER_RISK}, so that a sign-in reads a row instead of computing a score.
 * {@link UserRiskConditionFactory} is the authenticator condition "Condition - user risk" (a user never scored counts
 * as score 0 unless configured otherwise); {@link RiskResource} ranks users and reads or recomputes one user's risk;
 * {@link UserRisks} computes one user's risk now. The scoring itself is governance-core's {@code risk} package.
 */
package io.runtimeaccess.governance.riskstore;
