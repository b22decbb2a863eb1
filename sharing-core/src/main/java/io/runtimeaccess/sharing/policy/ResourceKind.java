package io.runtimeaccess.sharing.policy;

import java.util.EnumSet;
import java.util.Set;

/** The two kinds of resources a build protects, and the permissions each kind has. */
public enum ResourceKind {
    SWIMLANE(EnumSet.of(Action.VIEW, Action.EXECUTE, Action.SELF_ASSIGN)),
    UI_FLOW(EnumSet.of(Action.INTERACT));

    private final Set<Action> permissions;

    ResourceKind(Set<Action> permissions) {
        this.permissions = permissions;
    }

    public Set<Action> permissions() {
        return permissions;
    }
}
