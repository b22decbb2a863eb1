package io.runtimeaccess.governance.risk;

import java.util.List;

/** A user's risk: 0–100, its level ({@code low}, {@code medium}, {@code high}) and the reasons that add up to it. */
public record UserRisk(int score, String level, List<RiskReason> reasons) {

    public UserRisk {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be within 0..100: " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
