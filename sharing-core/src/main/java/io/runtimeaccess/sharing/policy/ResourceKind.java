package io.runtimeaccess.sharing.policy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The two resource types with fixed permissions. Any other type a build names (say {@code record}) has the
 * action names its permissions list.
 */
public enum ResourceKind {
    SWIMLANE("swimlane", EnumSet.of(Action.VIEW, Action.EXECUTE, Action.SELF_ASSIGN)),
    UI_FLOW("ui-flow", EnumSet.of(Action.INTERACT));

    private final String type;
    private final Set<Action> permissions;

    ResourceKind(String type, Set<Action> permissions) {
        this.type = type;
        this.permissions = permissions;
    }

    /** The resource type as the API spells it. */
    public String type() {
        return type;
    }

    public Set<Action> permissions() {
        return permissions;
    }

    /** The kind of a resource type, or {@code null} for a type with its own action names. */
    public static ResourceKind ofType(String type) {
        for (ResourceKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }
}
