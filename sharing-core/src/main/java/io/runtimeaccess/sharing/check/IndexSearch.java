package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.check.ResourceLocations.Location;
import io.runtimeaccess.sharing.check.SolutionPolicy.CompiledResource;
import io.runtimeaccess.sharing.policy.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The candidates of AuthZEN's searches, from an index: who could hold a permission on a solution, which
 * resources a type has, which actions a resource has. Each candidate is then decided by {@link AccessIndex#check},
 * so a search answers exactly what the evaluations would. Not on the check path: a search allocates its lists,
 * bounded by the index's size, and the caller pages through them.
 */
public final class IndexSearch {

    /** A resource of a solution's Active Policy. */
    public record ResourceRef(String type, String name, String solutionId) {
    }

    private IndexSearch() {
    }

    /**
     * Every user with a grant on the solution, directly or through a non-archived group, sorted by id: the only
     * users a role can allow anything (a designer's bypass, of solutions and swimlanes, needs no grant and is not
     * enumerated). Unmodifiable, and made once per index and solution: every page of a search asks again.
     */
    public static List<String> usersWithGrants(AccessIndex index, String solutionId) {
        SolutionPolicy policy = index.solutions.get(solutionId);
        if (policy == null) {
            return List.of();
        }
        List<String> known = policy.usersWithGrants;
        if (known == null) {
            known = walkUsersWithGrants(index, policy);
            policy.usersWithGrants = known;
        }
        return known;
    }

    private static List<String> walkUsersWithGrants(AccessIndex index, SolutionPolicy policy) {
        TreeSet<String> users = new TreeSet<>();
        UserRows rows = index.users;
        for (int row = 0; row < rows.rows.length; row = rows.nextRow(row)) {
            if (rows.entry(row, policy.number) != UserRows.NONE || inGroupWithGrants(rows.rows, row, policy)) {
                users.add(rows.id(row));
            }
        }
        return List.copyOf(users);
    }

    private static boolean inGroupWithGrants(int[] rows, int row, SolutionPolicy policy) {
        int groups = UserRows.groupsAt(rows, row);
        for (int i = groups + 1; i <= groups + rows[groups]; i++) {
            if (policy.groupGrants[rows[i]] != null) {
                return true;
            }
        }
        return false;
    }

    /** Every solution with an Active Policy, by id, as resources of type {@code solution} (named by their id). */
    public static List<ResourceRef> solutions(AccessIndex index) {
        return index.solutions.keySet().stream().sorted().map(id -> new ResourceRef("solution", id, id)).toList();
    }

    /** Every resource of the type in every Active Policy, by name and then solution id; none for an unknown type. */
    public static List<ResourceRef> resourcesOfType(AccessIndex index, String type) {
        int typeId = index.vocabulary.typeId(type);
        if (typeId == Vocabulary.UNKNOWN) {
            return List.of();
        }
        List<ResourceRef> resources = new ArrayList<>();
        for (Location location : index.locations.ofType(typeId)) {
            resources.add(new ResourceRef(type, location.name(), location.solutionId()));
        }
        return resources;
    }

    /**
     * The actions of a resource of the solution's Active Policy, in the order of their ids (fixed actions
     * first), or {@code use} alone for the solution itself ({@code resourceName} null); none when unknown.
     */
    public static List<String> actionsOf(AccessIndex index, String solutionId, String resourceName) {
        SolutionPolicy policy = index.solutions.get(solutionId);
        if (policy == null) {
            return List.of();
        }
        if (resourceName == null) {
            return List.of(Action.USE.wireName());
        }
        CompiledResource resource = policy.resources.get(resourceName);
        if (resource == null) {
            return List.of();
        }
        List<String> actions = new ArrayList<>();
        for (int id = 0; id < resource.rolesByAction.length; id++) {
            if (resource.has(id)) {
                actions.add(index.vocabulary.action(id));
            }
        }
        return actions;
    }
}
