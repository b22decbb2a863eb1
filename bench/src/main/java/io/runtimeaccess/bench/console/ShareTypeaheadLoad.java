package io.runtimeaccess.bench.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a realm with 10,000 users, 2,000 end-user groups and 20,000 memberships (once), then measures the Share modal's
 * typeahead the way the console runs it: for each search text, the user search and the group search in
 * parallel, until both have answered. Prints Markdown tables (also written to --out).
 *
 * <pre>
 * ShareTypeaheadLoad BASE_URL ADMIN_USER ADMIN_PASSWORD [--realm typeahead-bench] [--users 10000]
 *     [--groups 2000] [--groups-per-user 2] [--seed 42] [--typists 1,8] [--searches 400] [--pause-ms 200] [--out FILE]
 *     [--browser-passes 0] [--console-user console-admin] [--console-password console-admin]
 * </pre>
 * With {@code --browser-passes N} above 0 it also types every search text N times into the console's Share
 * modal in the machine's headless Chromium, signed in as a realm admin it creates.
 */
public final class ShareTypeaheadLoad {
    private ShareTypeaheadLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ShareTypeaheadLoad BASE_URL ADMIN_USER ADMIN_PASSWORD [--realm R] [--users N]"
                    + " [--groups N] [--seed S] [--typists 1,8] [--searches N] [--pause-ms MS] [--out FILE]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        String realm = options.getOrDefault("realm", "typeahead-bench");
        int userCount = Integer.parseInt(options.getOrDefault("users", "10000"));
        int groupCount = Integer.parseInt(options.getOrDefault("groups", "2000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int searches = Integer.parseInt(options.getOrDefault("searches", "400"));
        long pause = Long.parseLong(options.getOrDefault("pause-ms", "200"));
        AdminApi api = new AdminApi(args[0], args[1], args[2]);

        int groupsPerUser = Integer.parseInt(options.getOrDefault("groups-per-user", "2"));
        Directory directory = new Directory(seed, userCount, groupCount, groupsPerUser);
        StringBuilder report = new StringBuilder();
        String solutionId = seed(api, realm, directory, report);

        List<TypeaheadQueries.Query> queries = TypeaheadQueries.from(directory, seed + 1, 12);
        TypeaheadRun run = new TypeaheadRun(api, realm, pause);
        log("warming up: every search text twice, 4 typists, no pause");
        new TypeaheadRun(api, realm, 0).run(queries, 4, 2, seed + 2);

        Report tables = new Report(report);
        for (String level : options.getOrDefault("typists", "1,8").split(",")) {
            int typists = Integer.parseInt(level.trim());
            int passes = Math.max(1, (int) Math.ceil(searches / (double) (queries.size() * typists)));
            log("measuring: " + typists + " typist(s), " + passes + " pass(es) of " + queries.size() + " search texts");
            long started = System.nanoTime();
            List<TypeaheadRun.Sample> samples = run.run(queries, typists, passes, seed + 3);
            tables.add(typists, samples, (System.nanoTime() - started) / 1e9);
        }
        tables.write();
        browser(api, realm, solutionId, options, queries, run, seed, report);
        System.out.println(report);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), report);
        }
    }

    private static String seed(AdminApi api, String realm, Directory directory, StringBuilder report) throws Exception {
        RealmSeeder seeder = new RealmSeeder(api, realm);
        long started = System.nanoTime();
        seeder.createRealmIfAbsent();
        int addedUsers = seeder.seedUsers(directory.people);
        double userSeconds = (System.nanoTime() - started) / 1e9;
        log(String.format("users: %,d added in %.1f s", addedUsers, userSeconds));
        started = System.nanoTime();
        int addedGroups = seeder.seedGroups(directory.groups);
        double groupSeconds = (System.nanoTime() - started) / 1e9;
        log(String.format("groups: %,d added in %.1f s", addedGroups, groupSeconds));
        started = System.nanoTime();
        long membersBefore = seeder.seedMembers(directory);
        long memberships = seeder.memberships();
        double memberSeconds = (System.nanoTime() - started) / 1e9;
        log(String.format("memberships: %,d added in %.1f s", memberships - membersBefore, memberSeconds));
        String solutionId = seeder.solution("Claims Portal");
        int users = seeder.userCount();
        int groups = seeder.existingGroups().size();
        report.append(String.format("Realm `%s`: %,d users, %,d end-user groups holding %,d memberships.%n%n",
                        realm, users, groups, memberships))
                .append("| seeding step | added | time |\n|---|---:|---:|\n")
                .append(String.format("| users (partialImport, 500 per call) | %,d | %.1f s |%n", addedUsers, userSeconds))
                .append(String.format("| end-user groups (POST runtime-access/groups, 4 at a time) | %,d | %.1f s |%n",
                        addedGroups, groupSeconds))
                .append(String.format("| memberships (POST runtime-access/import, 250 groups per call) | %,d | %.1f s |%n%n",
                        memberships - membersBefore, memberSeconds));
        if (users < directory.people.size() || groups < directory.groups.size()) {
            throw new IllegalStateException("The realm holds fewer users or groups than seeded");
        }
        return solutionId;
    }

    /** The same search texts typed into the Share modal of the console in Chromium, one at a time. */
    private static void browser(AdminApi api, String realm, String solutionId, Map<String, String> options,
            List<TypeaheadQueries.Query> queries, TypeaheadRun run, long seed, StringBuilder report) throws Exception {
        int passes = Integer.parseInt(options.getOrDefault("browser-passes", "0"));
        if (passes == 0) {
            return;
        }
        // What each text finds, so the browser knows when the options of that text (not the last) are shown.
        Map<TypeaheadQueries.Query, Integer> hits = new LinkedHashMap<>();
        for (TypeaheadQueries.Query query : queries) {
            TypeaheadRun.Sample s = run.search(query);
            hits.put(query, s.userHits() + s.groupHits());
        }
        String user = options.getOrDefault("console-user", "console-admin");
        String password = options.getOrDefault("console-password", "console-admin");
        ConsoleAdmin.ensure(api, realm, user, password);
        List<TypeaheadQueries.Query> order = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
            List<TypeaheadQueries.Query> pass = new ArrayList<>(queries);
            Collections.shuffle(pass, new Random(seed + 7 + p));
            order.addAll(pass);
        }
        try (ShareModalInBrowser browser = new ShareModalInBrowser()) {
            browser.openShareModal(api.base(), realm, user, password, solutionId);
            log("browser: warming up (20 searches)");
            browser.type(queries.subList(0, Math.min(20, queries.size())), hits);
            log("browser: measuring " + order.size() + " searches");
            List<ShareModalInBrowser.Sample> samples = browser.type(order, hits);
            long debounce = 200_000_000L;
            report.append("\nIn the console (headless Chromium, one admin typing): from the last keystroke's input event to "
                    + "the first frame after the options were rendered.\n\n")
                    .append("| measured | searches | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n")
                    .append("| keystroke to options shown | ")
                    .append(Latencies.of(samples, s -> (long) (s.millis() * 1e6)).row()).append(" |\n")
                    .append("| the same minus the 200 ms debounce | ")
                    .append(Latencies.of(samples, s -> (long) (s.millis() * 1e6) - debounce).row()).append(" |\n");
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static void log(String message) {
        System.err.println("==> " + message);
    }

    /** The tables: per typist count and request, then a breakdown by kind of search text at one typist. */
    private static final class Report {
        private final StringBuilder out;
        private final List<String> rows = new ArrayList<>();
        private List<TypeaheadRun.Sample> firstLevel;

        Report(StringBuilder out) {
            this.out = out;
        }

        void add(int typists, List<TypeaheadRun.Sample> samples, double seconds) {
            if (firstLevel == null) {
                firstLevel = samples;
            }
            double users = samples.stream().mapToInt(TypeaheadRun.Sample::userHits).average().orElse(0);
            double groups = samples.stream().mapToInt(TypeaheadRun.Sample::groupHits).average().orElse(0);
            rows.add(String.format("| %d | users | %s | %.1f |", typists,
                    Latencies.of(samples, TypeaheadRun.Sample::usersNanos).row(), users));
            rows.add(String.format("| %d | groups | %s | %.1f |", typists,
                    Latencies.of(samples, TypeaheadRun.Sample::groupsNanos).row(), groups));
            rows.add(String.format("| %d | **both, in parallel** | %s | %.1f |", typists,
                    Latencies.of(samples, TypeaheadRun.Sample::bothNanos).row(), users + groups));
            log(String.format("%d typist(s): %,d searches in %.1f s", typists, samples.size(), seconds));
        }

        void write() {
            out.append("| typists | request | searches | p50 ms | p95 ms | p99 ms | max ms | mean hits |\n")
                    .append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
            rows.forEach(r -> out.append(r).append('\n'));
            out.append("\nBoth in parallel, by kind of search text (first typist count above):\n\n")
                    .append("| search text | searches | p50 ms | p95 ms | p99 ms | max ms | mean user hits | mean group hits |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            Map<String, List<TypeaheadRun.Sample>> byKind = new LinkedHashMap<>();
            firstLevel.stream().sorted((a, b) -> a.query().kind().compareTo(b.query().kind()))
                    .forEach(s -> byKind.computeIfAbsent(s.query().kind(), k -> new ArrayList<>()).add(s));
            byKind.forEach((kind, samples) -> out.append(String.format("| %s | %s | %.1f | %.1f |%n", kind,
                    Latencies.of(samples, TypeaheadRun.Sample::bothNanos).row(),
                    samples.stream().mapToInt(TypeaheadRun.Sample::userHits).average().orElse(0),
                    samples.stream().mapToInt(TypeaheadRun.Sample::groupHits).average().orElse(0))));
        }
    }
}
