package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.decision.Decision;
import io.runtimeaccess.reviews.item.Suggestion;
import java.util.Locale;

/** What an item nobody decided gets at the deadline: kept, revoked, or whatever the recommendation suggested. */
public enum DefaultDecision {
    KEEP,
    REVOKE,
    RECOMMENDATION;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DefaultDecision ofApiName(String name) {
        for (DefaultDecision decision : values()) {
            if (decision.apiName().equals(name)) {
                return decision;
            }
        }
        return null;
    }

    /** The decision for an undecided item; following a recommendation keeps what was not suggested for revocation. */
    public Decision decide(Suggestion suggestion) {
        return switch (this) {
            case KEEP -> Decision.APPROVE;
            case REVOKE -> Decision.REVOKE;
            case RECOMMENDATION -> suggestion != null && suggestion.action() == Suggestion.Action.REVOKE
                    ? Decision.REVOKE : Decision.APPROVE;
        };
    }
}
