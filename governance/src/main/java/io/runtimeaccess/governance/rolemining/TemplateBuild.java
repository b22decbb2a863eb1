package io.runtimeaccess.governance.rolemining;

import io.runtimeaccess.sharing.api.Representations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The build an applied template proposes: a copy of the Active Policy build that also offers the new role, with
 * every permission any of the template's roles has. The old roles stay: users keep their grants until an admin
 * moves them to the new role and activates the build.
 */
final class TemplateBuild {

    private TemplateBuild() {
    }

    /** {@code active} plus {@code newRole}, which gets each permission some role of {@code templateRoles} has. */
    static Representations.Build withRole(Representations.Build active, Collection<String> templateRoles,
            String newRole) {
        Representations.Build copy = new Representations.Build();
        copy.roles = new ArrayList<>(active.roles == null ? List.of() : active.roles);
        if (!copy.roles.contains(newRole)) {
            copy.roles.add(newRole);
        }
        copy.resources = new ArrayList<>();
        for (Representations.Resource resource : active.resources == null
                ? List.<Representations.Resource>of() : active.resources) {
            copy.resources.add(withRole(resource, Set.copyOf(templateRoles), newRole));
        }
        return copy;
    }

    private static Representations.Resource withRole(Representations.Resource resource, Set<String> templateRoles,
            String newRole) {
        Representations.Resource copy = new Representations.Resource();
        copy.name = resource.name;
        copy.kind = resource.kind;
        copy.conditions = resource.conditions;
        if (resource.permissions != null) {
            copy.permissions = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> permission : resource.permissions.entrySet()) {
                List<String> roles = new ArrayList<>(permission.getValue() == null ? List.of() : permission.getValue());
                if (roles.stream().anyMatch(templateRoles::contains) && !roles.contains(newRole)) {
                    roles.add(newRole);
                }
                copy.permissions.put(permission.getKey(), roles);
            }
        }
        return copy;
    }

    /** The first whole number after the solution's build count that no build of it is named yet. */
    static String nextName(Collection<String> existing) {
        int number = existing.size() + 1;
        while (existing.contains(Integer.toString(number))) {
            number++;
        }
        return Integer.toString(number);
    }
}
