package io.runtimeaccess.governance.riskstore;

import io.runtimeaccess.governance.risk.UserRisk;
import java.time.Instant;

/** A user's risk as stored: the risk, when it was computed and by which model version. */
public record StoredRisk(String userId, UserRisk risk, Instant computedAt, String modelVersion) {
}
