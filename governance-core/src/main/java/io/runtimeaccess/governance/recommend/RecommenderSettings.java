package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.settings.GovernanceSettings;
import java.util.List;
import java.util.Set;

/**
 * Which user attributes make users comparable, the least confidence worth proposing, and the item keys an admin
 * marked privileged (never proposed for adding, like items flagged privileged in the snapshot).
 */
public record RecommenderSettings(List<String> peerAttributes, double minConfidence, Set<String> privilegedItems) {

    public RecommenderSettings {
        peerAttributes = List.copyOf(peerAttributes);
        privilegedItems = Set.copyOf(privilegedItems);
    }

    public RecommenderSettings(List<String> peerAttributes, double minConfidence) {
        this(peerAttributes, minConfidence, Set.of());
    }

    /** The recommender's part of a realm's settings. */
    public static RecommenderSettings of(GovernanceSettings settings) {
        return new RecommenderSettings(settings.peerAttributes(), settings.minConfidence(), settings.privilegedItems());
    }
}
