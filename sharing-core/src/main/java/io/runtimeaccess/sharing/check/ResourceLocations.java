package io.runtimeaccess.sharing.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each resource of the Active Policies is: which solutions have a resource of a type and name. It lets a
 * request name a resource by type and id alone, as AuthZEN's requests do, and lets a resource search walk one
 * type's resources in a stable order.
 */
final class ResourceLocations {

    /** One resource of one solution's Active Policy. */
    record Location(int type, String name, String solutionId) {
    }

    private static final String[] NONE = new String[0];
    private static final Location[] NO_LOCATIONS = new Location[0];

    /** Per resource name, the solutions holding it, split by type: [type] -> solution ids, nulls for absent types. */
    private final Map<String, String[][]> solutionsByName;
    private final Map<Integer, Location[]> byType;

    ResourceLocations(List<Location> all, int typeCount) {
        Map<String, List<List<String>>> names = new HashMap<>();
        Map<Integer, List<Location>> types = new HashMap<>();
        for (Location location : all) {
            List<List<String>> perType = names.computeIfAbsent(location.name(), n -> new ArrayList<>());
            while (perType.size() < typeCount) {
                perType.add(new ArrayList<>());
            }
            perType.get(location.type()).add(location.solutionId());
            types.computeIfAbsent(location.type(), t -> new ArrayList<>()).add(location);
        }
        solutionsByName = new HashMap<>();
        names.forEach((name, perType) -> solutionsByName.put(name, perType.stream()
                .map(ids -> ids.stream().sorted().toArray(String[]::new)).toArray(String[][]::new)));
        byType = new HashMap<>();
        Comparator<Location> order = Comparator.comparing(Location::name).thenComparing(Location::solutionId);
        types.forEach((type, list) -> byType.put(type, list.stream().sorted(order).toArray(Location[]::new)));
    }

    /** The solutions whose Active Policy has a resource of this type and name, sorted; allocates nothing. */
    String[] solutionsWith(int type, String name) {
        String[][] perType = solutionsByName.get(name);
        return perType == null || type < 0 || type >= perType.length ? NONE : perType[type];
    }

    /** Every resource of the type, by name and then solution id. */
    Location[] ofType(int type) {
        return byType.getOrDefault(type, NO_LOCATIONS);
    }
}
