package io.runtimeaccess.bench.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings a realm to the directory's users and groups, skipping whatever is already there, so a second run
 * against the same server only measures. Users go in through partialImport (the fast path Keycloak offers
 * for bulk users); groups through the runtime-access admin API, a few in parallel as an admin script would.
 */
final class RealmSeeder {
    private static final int USERS_PER_IMPORT = 500;
    private static final int GROUP_WRITERS = 4;
    private static final int GROUP_PAGE = 500;
    private static final int GROUPS_PER_IMPORT = 250;

    private final AdminApi api;
    private final String realm;

    RealmSeeder(AdminApi api, String realm) {
        this.api = api;
        this.realm = realm;
    }

    void createRealmIfAbsent() {
        HttpResponse<String> answer = api.post("/admin/realms", Map.of("realm", realm, "enabled", true));
        if (answer.statusCode() != 201 && answer.statusCode() != 409) {
            throw new IllegalStateException("Creating realm " + realm + " answered " + answer.statusCode() + ": "
                    + AdminApi.abbreviate(answer.body()));
        }
    }

    /** Imports the people; returns how many were added (existing usernames are skipped by Keycloak). */
    int seedUsers(List<Directory.Person> people) {
        // partialImport looks every user up even to skip it (half a minute for 10,000), so a seeded realm is
        // recognised by its count; a realm with fewer users gets the full import, which adds the missing ones.
        if (userCount() >= people.size()) {
            return 0;
        }
        int added = 0;
        for (int i = 0; i < people.size(); i += USERS_PER_IMPORT) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (Directory.Person p : people.subList(i, Math.min(people.size(), i + USERS_PER_IMPORT))) {
                Map<String, Object> user = new LinkedHashMap<>();
                user.put("username", p.username());
                user.put("email", p.email());
                user.put("emailVerified", true);
                user.put("firstName", p.firstName());
                user.put("lastName", p.lastName());
                user.put("enabled", true);
                batch.add(user);
            }
            HttpResponse<String> answer = api.post(realmPath("/partialImport"),
                    Map.of("ifResourceExists", "SKIP", "users", batch));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("partialImport answered " + answer.statusCode() + ": "
                        + AdminApi.abbreviate(answer.body()));
            }
            added += AdminApi.parse(answer.body()).path("added").asInt();
        }
        return added;
    }

    int userCount() {
        return api.get(realmPath("/users/count")).asInt();
    }

    /** Creates the groups that do not exist yet; returns how many it created. */
    int seedGroups(List<String> names) throws Exception {
        Set<String> existing = existingGroups();
        List<String> missing = names.stream().filter(n -> !existing.contains(n)).toList();
        ExecutorService writers = Executors.newFixedThreadPool(GROUP_WRITERS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (String name : missing) {
                pending.add(writers.submit(() -> createGroup(name)));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        return missing.size();
    }

    /**
     * Adds the members through the sharing import, which matches groups by name and members by username and
     * skips what exists; a group at a time would take a request per membership. Returns the memberships
     * the realm's groups held before.
     */
    long seedMembers(Directory directory) {
        long before = memberships();
        if (before >= directory.membershipCount()) {
            return before;
        }
        for (int i = 0; i < directory.groups.size(); i += GROUPS_PER_IMPORT) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int g = i; g < Math.min(directory.groups.size(), i + GROUPS_PER_IMPORT); g++) {
                String name = directory.groups.get(g);
                batch.add(Map.of("name", name, "description", description(name), "members", directory.members.get(g)));
            }
            HttpResponse<String> answer = api.post(realmPath("/runtime-access/import"), Map.of("format", 1, "groups", batch));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("import answered " + answer.statusCode() + ": "
                        + AdminApi.abbreviate(answer.body()));
            }
        }
        return before;
    }

    /** The members of all the realm's groups, as the group list counts them. */
    long memberships() {
        long total = 0;
        for (int first = 0; ; first += GROUP_PAGE) {
            JsonNode page = api.get(realmPath("/runtime-access/groups?first=" + first + "&max=" + GROUP_PAGE));
            for (JsonNode g : page) {
                total += g.path("memberCount").asLong();
            }
            if (page.size() < GROUP_PAGE) {
                return total;
            }
        }
    }

    Set<String> existingGroups() {
        Set<String> names = new HashSet<>();
        for (int first = 0; ; first += GROUP_PAGE) {
            JsonNode page = api.get(realmPath("/runtime-access/groups?first=" + first + "&max=" + GROUP_PAGE));
            page.forEach(g -> names.add(g.get("name").asText()));
            if (page.size() < GROUP_PAGE) {
                return names;
            }
        }
    }

    private void createGroup(String name) {
        HttpResponse<String> answer = api.post(realmPath("/runtime-access/groups"),
                Map.of("name", name, "description", description(name)));
        // 409: a previous, interrupted run created it after this one listed the groups.
        if (answer.statusCode() != 201 && answer.statusCode() != 409) {
            throw new IllegalStateException("Creating group " + name + " answered " + answer.statusCode() + ": "
                    + AdminApi.abbreviate(answer.body()));
        }
    }

    /** A solution to open the Share modal on in the browser; created once. Returns its id. */
    String solution(String name) {
        for (JsonNode s : api.get(realmPath("/runtime-access/solutions"))) {
            if (name.equals(s.get("name").asText())) {
                return s.get("id").asText();
            }
        }
        HttpResponse<String> answer = api.post(realmPath("/runtime-access/solutions"), Map.of("name", name));
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Creating solution " + name + " answered " + answer.statusCode());
        }
        return AdminApi.parse(answer.body()).get("id").asText();
    }

    private static String description(String group) {
        return "Everyone in " + group;
    }

    private String realmPath(String path) {
        return "/admin/realms/" + realm + path;
    }
}
