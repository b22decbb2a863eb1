package io.runtimeaccess.governance.risk;

import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.time.Instant;

/**
 * Scores a user's risk from privilege (admin roles, designer bypass, breadth of access), authentication strength,
 * dormancy, separation-of-duties violations and open findings.
 */
public final class UserRiskScorer {

    public static final String MODEL_VERSION = "risk-1";

    private UserRiskScorer() {
    }

    public static UserRisk score(UserRecord user, int sodViolations, Instant now, GovernanceSettings settings) {
        throw new UnsupportedOperationException("SCAFFOLD: replaced by the user-risk work");
    }
}
