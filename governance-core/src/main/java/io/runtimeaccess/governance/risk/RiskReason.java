package io.runtimeaccess.governance.risk;

/** One contribution to a user's risk: a stable code, its points and a sentence for people. */
public record RiskReason(String code, int points, String text) {
}
