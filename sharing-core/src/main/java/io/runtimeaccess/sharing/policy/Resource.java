package io.runtimeaccess.sharing.policy;

import java.util.Map;
import java.util.Set;

/**
 * A process swimlane or UI flow of a build, with the roles that hold each of its permissions. A
 * permission with no roles is denied to everyone but a designer on a swimlane.
 */
public record Resource(String name, ResourceKind kind, Map<Action, Set<String>> rolesByPermission) {

    public Resource {
        rolesByPermission = Map.copyOf(rolesByPermission);
        for (Action action : rolesByPermission.keySet()) {
            if (!kind.permissions().contains(action)) {
                throw new IllegalArgumentException("permission '" + action.wireName() + "' does not exist on a "
                        + kind.name().toLowerCase().replace('_', ' ') + " (" + name + ")");
            }
        }
    }

    public Set<String> rolesHolding(Action action) {
        return rolesByPermission.getOrDefault(action, Set.of());
    }
}
