package io.runtimeaccess.bench.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Typists searching at once, each as the Share modal does it: when the debounce fires, the user search and
 * the group search go out together, and the options show once both have answered. A typist waits
 * {@code pauseMillis} between searches, since a debounced box cannot fire more often than that.
 */
final class TypeaheadRun {
    /** One search: when each request answered after the two were sent, and what they found. */
    record Sample(TypeaheadQueries.Query query, long usersNanos, long groupsNanos, int userHits, int groupHits) {
        long bothNanos() {
            return Math.max(usersNanos, groupsNanos);
        }
    }

    private final AdminApi api;
    private final String realm;
    private final long pauseMillis;

    TypeaheadRun(AdminApi api, String realm, long pauseMillis) {
        this.api = api;
        this.realm = realm;
        this.pauseMillis = pauseMillis;
    }

    /** Every typist searches every query {@code passes} times in its own shuffled order. */
    List<Sample> run(List<TypeaheadQueries.Query> queries, int typists, int passes, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(typists);
        try {
            List<Future<List<Sample>>> typing = new ArrayList<>();
            for (int t = 0; t < typists; t++) {
                List<TypeaheadQueries.Query> order = new ArrayList<>();
                for (int p = 0; p < passes; p++) {
                    List<TypeaheadQueries.Query> pass = new ArrayList<>(queries);
                    Collections.shuffle(pass, new Random(seed + 31L * t + p));
                    order.addAll(pass);
                }
                typing.add(pool.submit(() -> type(order)));
            }
            List<Sample> samples = new ArrayList<>();
            for (Future<List<Sample>> f : typing) {
                samples.addAll(f.get());
            }
            return samples;
        } finally {
            pool.shutdown();
        }
    }

    private List<Sample> type(List<TypeaheadQueries.Query> order) throws InterruptedException {
        List<Sample> samples = new ArrayList<>(order.size());
        for (TypeaheadQueries.Query query : order) {
            samples.add(search(query));
            Thread.sleep(pauseMillis);
        }
        return samples;
    }

    /** Sends both searches at once and waits for both, timing each from the common start. */
    Sample search(TypeaheadQueries.Query query) {
        String token = api.token();
        String text = AdminApi.encode(query.text());
        String realmPath = "/admin/realms/" + realm;
        long start = System.nanoTime();
        CompletableFuture<Timed> users = api.getAsync(realmPath + "/users?search=" + text
                + "&max=10&briefRepresentation=true", token).thenApply(r -> new Timed(r, System.nanoTime() - start));
        CompletableFuture<Timed> groups = api.getAsync(realmPath + "/runtime-access/groups?search=" + text + "&max=10&archived=false",
                token).thenApply(r -> new Timed(r, System.nanoTime() - start));
        Timed u = users.join();
        Timed g = groups.join();
        return new Sample(query, u.nanos, g.nanos, u.hits(), g.hits());
    }

    private record Timed(HttpResponse<String> response, long nanos) {
        int hits() {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.request().uri().getPath() + " answered "
                        + response.statusCode() + ": " + AdminApi.abbreviate(response.body()));
            }
            return AdminApi.parse(response.body()).size();
        }
    }
}
