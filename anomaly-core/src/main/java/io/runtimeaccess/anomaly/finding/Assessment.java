package io.runtimeaccess.anomaly.finding;

import java.util.List;

/**
 * The scorer's verdict on one event: a 0–100 score, its severity, the reasons (strongest first), the
 * events it covers (this one and, for spray or brute force, the earlier ones that built up to it) and
 * the version of the model that produced it. An assessment with severity at or above the configured
 * threshold becomes a finding. {@code activity} says what the event was, and so whether the user is the
 * one who acted ({@link Activity#authenticated()}) or only the account someone tried.
 */
public record Assessment(String eventId, String realmId, String userId, long timeMillis, int score,
        Severity severity, List<Reason> reasons, List<String> coveredEventIds, String modelVersion,
        Activity activity) {

    public Assessment {
        reasons = List.copyOf(reasons);
        coveredEventIds = List.copyOf(coveredEventIds);
        activity = activity == null ? Activity.OTHER : activity;
    }

    /** An assessment whose activity is not known ({@link Activity#OTHER}), e.g. one read back from storage. */
    public Assessment(String eventId, String realmId, String userId, long timeMillis, int score, Severity severity,
            List<Reason> reasons, List<String> coveredEventIds, String modelVersion) {
        this(eventId, realmId, userId, timeMillis, score, severity, reasons, coveredEventIds, modelVersion,
                Activity.OTHER);
    }

    /** The strongest reason, or {@code null} for a clean event. */
    public Reason topReason() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }
}
