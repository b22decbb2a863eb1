package io.runtimeaccess.sharing.policy;

import java.util.List;

/** A solution and its builds; {@code activeBuildId} names the build that is the Active Policy. */
public record Solution(String id, String name, List<Build> builds, String activeBuildId) {

    public Solution {
        builds = List.copyOf(builds);
    }

    /** The Active Policy build, or {@code null} when none is set. */
    public Build activeBuild() {
        for (Build build : builds) {
            if (build.id().equals(activeBuildId)) {
                return build;
            }
        }
        return null;
    }
}
