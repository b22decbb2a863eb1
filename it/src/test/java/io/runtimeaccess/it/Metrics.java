package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Keycloak's Prometheus endpoint on the management port of the test server. */
final class Metrics {

    private Metrics() {
    }

    /** A value from the endpoint, summed over tags; 0 if absent. */
    static double metric(String name) {
        HttpResponse<String> response = Oidc.call(HttpRequest.newBuilder(URI.create("http://localhost:9000/metrics"))
                .timeout(Duration.ofSeconds(30)).GET().build());
        assertEquals(200, response.statusCode());
        double sum = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
