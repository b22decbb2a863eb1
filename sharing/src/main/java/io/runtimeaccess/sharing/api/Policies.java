package io.runtimeaccess.sharing.api;

import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.util.JsonSerialization;

/** Converts a build's JSON policy (roles and resources) to the evaluator's model and back. */
public final class Policies {

    private Policies() {
    }

    /** Validates a build document against the role catalog; throws a 400 naming the field. */
    public static Build toCore(String id, String name, Representations.Build doc, Set<String> catalog) {
        List<String> roles = doc.roles == null ? List.of() : doc.roles;
        for (String role : roles) {
            if (!catalog.contains(role)) {
                throw BadRequest.invalid("roles", "'" + role + "' is not in the organization's role catalog");
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
            resources.add(toCoreResource(resourceName, resource));
        }
        try {
            return new Build(id, name, new LinkedHashSet<>(roles), resources);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage().startsWith("roles") ? "roles" : "resources", after(e.getMessage()));
        }
    }

    private static Resource toCoreResource(String name, Representations.Resource resource) {
        ResourceKind kind = kind(resource.kind);
        Map<Action, Set<String>> permissions = new EnumMap<>(Action.class);
        if (resource.permissions != null) {
            for (Map.Entry<String, List<String>> entry : resource.permissions.entrySet()) {
                Action action = Action.fromWireName(entry.getKey());
                if (action == null || !kind.permissions().contains(action)) {
                    throw BadRequest.invalid("resources.permissions", "'" + entry.getKey() + "' is not a permission of a "
                            + resource.kind + " (" + name + ")");
                }
                permissions.put(action, new LinkedHashSet<>(entry.getValue() == null ? List.of() : entry.getValue()));
            }
        }
        return new Resource(name, kind, permissions);
    }

    private static ResourceKind kind(String kind) {
        if ("swimlane".equals(kind)) {
            return ResourceKind.SWIMLANE;
        }
        if ("ui-flow".equals(kind)) {
            return ResourceKind.UI_FLOW;
        }
        throw BadRequest.invalid("resources.kind", "'" + kind + "' is not one of swimlane, ui-flow");
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

    public static Representations.Build read(String json) {
        try {
            return JsonSerialization.readValue(json, Representations.Build.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
