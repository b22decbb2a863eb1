package io.runtimeaccess.governance.recommend;

import java.util.List;

/** Which user attributes make users comparable, and the least confidence worth proposing. */
public record RecommenderSettings(List<String> peerAttributes, double minConfidence) {

    public RecommenderSettings {
        peerAttributes = List.copyOf(peerAttributes);
    }
}
