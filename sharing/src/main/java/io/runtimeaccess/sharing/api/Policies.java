package io.runtimeaccess.sharing.api;

import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Condition;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.util.JsonSerialization;

/** Converts a build's JSON policy (roles and resources) to the evaluator's model and back. */
public final class Policies {

    private Policies() {
    }

    /** Validates a new build document against the role catalog; throws a 400 naming the field. */
    public static Build toCore(String id, String name, Representations.Build doc, Set<String> catalog) {
        return toCore(id, name, doc, catalog, true);
    }

    /**
     * A stored build for the index. It was validated when it was stored; what was allowed then (a role listed twice,
     * a fixed action in two spellings) is read as it was read then rather than refused, so that one build cannot stop
     * every check of the realm.
     */
    public static Build stored(String id, String name, Representations.Build doc) {
        return toCore(id, name, doc, Set.of(), false);
    }

    private static Build toCore(String id, String name, Representations.Build doc, Set<String> catalog,
            boolean strict) {
        List<String> roles = doc.roles == null ? List.of() : doc.roles;
        Set<String> listed = new HashSet<>();
        for (String role : roles) {
            if (strict && !catalog.contains(role)) {
                throw BadRequest.invalid("roles", "'" + role + "' is not in the organization's role catalog");
            }
            // stored as sent: a second copy would outlive the role's deletion, which removes it from every build
            if (!listed.add(role) && strict) {
                throw BadRequest.invalid("roles", "'" + role + "' is listed twice");
            }
        }
        List<Resource> resources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Representations.Resource resource : doc.resources == null ? List.<Representations.Resource>of() : doc.resources) {
            if (resource == null) {
                throw BadRequest.invalid("resources", "an item is null");
            }
            String resourceName = Names.require("resources.name", resource.name);
            if (!seen.add(resourceName)) {
                throw BadRequest.invalid("resources.name", "'" + resourceName + "' appears twice");
            }
            resources.add(toCoreResource(resourceName, resource, strict));
        }
        try {
            return new Build(id, name, new LinkedHashSet<>(roles), resources);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage().startsWith("roles") ? "roles" : "resources", after(e.getMessage()));
        }
    }

    private static Resource toCoreResource(String name, Representations.Resource resource, boolean strict) {
        String type = type(resource.kind);
        ResourceKind kind = ResourceKind.ofType(type);
        Map<String, Set<String>> permissions = new LinkedHashMap<>();
        if (resource.permissions != null) {
            for (Map.Entry<String, List<String>> entry : resource.permissions.entrySet()) {
                Action fixed = Action.fromWireName(entry.getKey());
                boolean known = kind == null ? fixed != Action.USE && isName(entry.getKey())
                        : fixed != null && kind.permissions().contains(fixed);
                if (!known) {
                    throw BadRequest.invalid("resources.permissions", "'" + Limits.shown(entry.getKey())
                            + "' is not a permission of a " + type + " (" + name + ")" + (kind == null
                            ? "; an action is a name, and 'use' is the solution's own" : ""));
                }
                // a fixed action's name in another case is that action, on any type: checks recognise it in any case
                String action = fixed != null ? fixed.wireName() : entry.getKey();
                if (strict && permissions.containsKey(action)) {
                    throw BadRequest.invalid("resources.permissions", "'" + Limits.shown(entry.getKey()) + "' of "
                            + name + " is listed twice");
                }
                // a stored build naming one action in two spellings keeps the last, as it always did: a union would
                // give roles more than they had
                permissions.put(action, holders(name, entry.getKey(), entry.getValue(), strict));
            }
        }
        List<Condition> conditions = PolicyConditions.toCore(resource.conditions);
        try {
            return new Resource(name, type, permissions, conditions);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage().contains("condition") ? "resources.conditions"
                    : "resources.permissions", e.getMessage());
        }
    }

    private static Set<String> holders(String resource, String action, List<String> roles, boolean strict) {
        Set<String> holders = new LinkedHashSet<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            if (role == null) {
                throw BadRequest.invalid("resources.permissions", "'" + Limits.shown(action) + "' of " + resource
                        + " lists a null role; a role is a name");
            }
            if (!holders.add(role) && strict) {
                throw BadRequest.invalid("resources.permissions", "'" + Limits.shown(action) + "' of " + resource
                        + " lists '" + role + "' twice");
            }
        }
        return holders;
    }

    /** {@code swimlane}, {@code ui-flow} or any other name but {@code solution}, which is the solution itself. */
    private static String type(String kind) {
        if (kind == null || kind.isBlank()) {
            throw BadRequest.invalid("resources.kind", "is required: swimlane, ui-flow or a type of your own");
        }
        String type = Names.require("resources.kind", kind);
        if ("solution".equals(type)) {
            throw BadRequest.invalid("resources.kind", "'solution' is the solution itself, not a resource of it");
        }
        return type;
    }

    private static boolean isName(String value) {
        try {
            Names.require("resources.permissions", value);
            return value.equals(value.trim());
        } catch (BadRequest e) {
            return false;
        }
    }

    private static String after(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    /** The stored form: only roles and resources, the rest lives in columns. */
    public static String write(Representations.Build doc) {
        Representations.Build stored = new Representations.Build();
        stored.roles = doc.roles == null ? List.of() : doc.roles;
        stored.resources = doc.resources == null ? List.of() : doc.resources;
        try {
            return JsonSerialization.writeValueAsString(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the role out of a build's document (its roles and every permission); whether anything changed. */
    public static boolean withoutRole(Representations.Build doc, String role) {
        // every copy: a build stored before duplicates were refused may list the role twice
        boolean changed = doc.roles != null && doc.roles.removeIf(role::equals);
        for (Representations.Resource resource : doc.resources == null ? List.<Representations.Resource>of() : doc.resources) {
            if (resource != null && resource.permissions != null) { // a damaged build may hold a null resource
                for (List<String> holders : resource.permissions.values()) {
                    changed |= holders != null && holders.removeIf(role::equals);
                }
            }
        }
        return changed;
    }

    public static Representations.Build read(String json) {
        try {
            return JsonSerialization.readValue(json, Representations.Build.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
