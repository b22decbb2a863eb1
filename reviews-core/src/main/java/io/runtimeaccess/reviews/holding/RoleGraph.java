package io.runtimeaccess.reviews.holding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A realm's roles and groups as edges, read once: which roles are privileged, which roles a composite contains, which
 * roles are mapped on a group and which group is a group's parent. Answers, from memory, which privileged roles a
 * role or a group membership gives.
 *
 * <p>Only the topmost privileged role on each path is named: a privileged composite ({@code realm-admin}) stands for
 * the privileged roles it contains ({@code manage-users}...), because revoking the assignment takes them all and one
 * item per contained role would ask the reviewer the same question several times.
 */
public final class RoleGraph {

    private final Set<String> privileged;
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> groupRoles = new HashMap<>();
    private final Map<String, String> groupParents = new HashMap<>();
    private final Map<String, Set<String>> fromRole = new HashMap<>();
    private final Map<String, Set<String>> fromGroup = new HashMap<>();

    public RoleGraph(Collection<String> privilegedRoleIds) {
        this.privileged = Set.copyOf(privilegedRoleIds);
    }

    public RoleGraph composite(String parentRoleId, String childRoleId) {
        children.computeIfAbsent(parentRoleId, k -> new ArrayList<>()).add(childRoleId);
        return this;
    }

    public RoleGraph groupRole(String groupId, String roleId) {
        groupRoles.computeIfAbsent(groupId, k -> new ArrayList<>()).add(roleId);
        return this;
    }

    /** A group's parent; top-level groups have none. */
    public RoleGraph groupParent(String groupId, String parentGroupId) {
        groupParents.put(groupId, parentGroupId);
        return this;
    }

    public boolean isPrivileged(String roleId) {
        return privileged.contains(roleId);
    }

    /**
     * The privileged roles holding this role gives: the role itself if privileged, else the topmost privileged roles
     * its composites contain, transitively (a cycle of composites ends where it started).
     */
    public Set<String> privilegedFromRole(String roleId) {
        Set<String> known = fromRole.get(roleId);
        if (known != null) {
            return known;
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(roleId));
        while (!next.isEmpty()) {
            String role = next.pop();
            if (!seen.add(role)) {
                continue;
            }
            if (privileged.contains(role)) {
                found.add(role);
            } else {
                children.getOrDefault(role, List.of()).forEach(next::push);
            }
        }
        Set<String> result = Set.copyOf(found);
        fromRole.put(roleId, result);
        return result;
    }

    /** The privileged roles a membership of the group gives: through its own role mappings and its ancestors'. */
    public Set<String> privilegedFromGroup(String groupId) {
        Set<String> known = fromGroup.get(groupId);
        if (known != null) {
            return known;
        }
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        // Walks up to the top; a parent seen twice (corrupt data) stops the walk instead of looping.
        for (String group = groupId; group != null && seen.add(group); group = groupParents.get(group)) {
            for (String role : groupRoles.getOrDefault(group, List.of())) {
                found.addAll(privilegedFromRole(role));
            }
        }
        Set<String> result = Set.copyOf(found);
        fromGroup.put(groupId, result);
        return result;
    }
}
