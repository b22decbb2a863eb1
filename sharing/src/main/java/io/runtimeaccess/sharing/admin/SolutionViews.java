package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.util.List;
import java.util.stream.Collectors;

/** A solution as the admin API shows it: with its builds, each saying whether it is the Active Policy. */
final class SolutionViews {

    private SolutionViews() {
    }

    static Representations.Solution of(SolutionEntity solution, List<BuildEntity> builds) {
        Representations.Solution rep = new Representations.Solution();
        rep.id = solution.getId();
        rep.name = solution.getName();
        rep.activeBuildId = solution.getActiveBuildId();
        rep.builds = builds.stream().map(build -> of(build, solution)).collect(Collectors.toList());
        return rep;
    }

    static Representations.Build of(BuildEntity build, SolutionEntity solution) {
        Representations.Build rep = Policies.read(build.getPolicy());
        rep.id = build.getId();
        rep.name = build.getName();
        rep.active = build.getId().equals(solution.getActiveBuildId());
        return rep;
    }
}
