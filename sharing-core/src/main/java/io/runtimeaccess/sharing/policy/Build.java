package io.runtimeaccess.sharing.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One version of a solution's policy: the runtime roles it needs and its resources' permissions. */
public record Build(String id, String name, Set<String> roles, List<Resource> resources) {

    /** Roles per build are bounded so a check can keep a user's roles in one machine word. */
    public static final int MAX_ROLES = 64;

    public Build {
        roles = Set.copyOf(roles);
        resources = List.copyOf(resources);
        if (roles.size() > MAX_ROLES) {
            throw new IllegalArgumentException("roles: a build may need at most " + MAX_ROLES + " roles, " + name
                    + " lists " + roles.size());
        }
        for (Resource resource : resources) {
            for (Map.Entry<String, Set<String>> permission : resource.rolesByAction().entrySet()) {
                for (String role : permission.getValue()) {
                    if (!roles.contains(role)) {
                        throw new IllegalArgumentException("resources: " + resource.name() + " gives '"
                                + permission.getKey() + "' to role '" + role + "', which build " + name + " does not list");
                    }
                }
            }
        }
    }
}
