package io.runtimeaccess.sharing.policy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource of a build: a process swimlane, a UI flow, or a resource of any other type (a {@code record} with
 * {@code read}, {@code write} and {@code delete}, say), with the roles that hold each of its permissions and the
 * conditions some permissions add. A permission with no roles is denied to everyone but a designer on a swimlane.
 */
public record Resource(String name, String type, Map<String, Set<String>> rolesByAction, List<Condition> conditions) {

    public Resource {
        if (type == null || type.isEmpty() || "solution".equals(type)) {
            throw new IllegalArgumentException("type '" + type + "' cannot be a resource's type (" + name + ")");
        }
        ResourceKind kind = ResourceKind.ofType(type);
        // a swimlane's and a UI flow's actions are read in any case (View, EXECUTE); keep them as the wire names a
        // check uses, so that a condition written "View" applies to view instead of to an action nobody asks about
        rolesByAction = kind == null ? Map.copyOf(rolesByAction) : Map.copyOf(wireNamed(rolesByAction));
        conditions = kind == null ? List.copyOf(conditions) : conditions.stream().map(Resource::wireNamed).toList();
        for (String action : rolesByAction.keySet()) {
            Action fixed = Action.fromWireName(action);
            boolean allowed = kind == null ? fixed != Action.USE : fixed != null && kind.permissions().contains(fixed);
            if (!allowed) {
                throw new IllegalArgumentException("permission '" + action + "' does not exist on a "
                        + type.replace('-', ' ') + " (" + name + ")");
            }
        }
        for (Condition condition : conditions) {
            boolean fixedAction = kind != null && kind.permissions().contains(Action.fromWireName(condition.action()));
            if (!fixedAction && !rolesByAction.containsKey(condition.action())) {
                throw new IllegalArgumentException("a condition names '" + condition.action() + "', which is not a "
                        + "permission of " + name);
            }
        }
    }

    private static Map<String, Set<String>> wireNamed(Map<String, Set<String>> rolesByAction) {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        rolesByAction.forEach((action, roles) -> {
            Action fixed = Action.fromWireName(action);
            named.computeIfAbsent(fixed == null ? action : fixed.wireName(), a -> new LinkedHashSet<>()).addAll(roles);
        });
        return named;
    }

    private static Condition wireNamed(Condition condition) {
        Action fixed = Action.fromWireName(condition.action());
        return fixed == null ? condition
                : new Condition(fixed.wireName(), condition.require(), condition.deny(), condition.unless());
    }

    /** A swimlane or UI flow, as before resources had other types. */
    public Resource(String name, ResourceKind kind, Map<Action, Set<String>> rolesByPermission) {
        this(name, kind.type(), byWireName(rolesByPermission), List.of());
    }

    private static Map<String, Set<String>> byWireName(Map<Action, Set<String>> rolesByPermission) {
        Map<String, Set<String>> byName = new LinkedHashMap<>();
        rolesByPermission.forEach((action, roles) -> byName.put(action.wireName(), roles));
        return byName;
    }

    /** The fixed kind, or {@code null} for a type with its own action names. */
    public ResourceKind kind() {
        return ResourceKind.ofType(type);
    }

    /** The resource's actions: a fixed kind's permissions, whether or not they list roles, or the listed ones. */
    public Set<String> actions() {
        ResourceKind kind = kind();
        if (kind == null) {
            return rolesByAction.keySet();
        }
        Set<String> names = new LinkedHashSet<>();
        kind.permissions().forEach(action -> names.add(action.wireName()));
        return names;
    }

    public Set<String> rolesHolding(String action) {
        return rolesByAction.getOrDefault(action, Set.of());
    }

    public Set<String> rolesHolding(Action action) {
        return rolesHolding(action.wireName());
    }
}
