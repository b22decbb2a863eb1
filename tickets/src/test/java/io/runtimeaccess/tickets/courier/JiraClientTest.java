package io.runtimeaccess.tickets.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.runtimeaccess.tickets.jira.JiraCall;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JiraClientTest {

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** A stand-in answering every request with {@code answer}, on a port of its own. */
    private URI serve(com.sun.net.httpserver.HttpHandler answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rest/api/2/issue");
    }

    @Test
    void aHostThatStallsAfterTheHeadersIsNoAnswerWithinTheTimeout() throws IOException {
        URI uri = serve(exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long started = System.nanoTime();
        JiraClient.Answer answer = new JiraClient(Duration.ofMillis(500)).send(new JiraCall("GET", uri, Map.of(), null));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, answer.status(), "no whole answer is no answer, retried like one");
        assertTrue(millis < 5_000, "the caller waited " + millis + " ms");
    }

    @Test
    void aHugeAnswerIsCutWithoutBeingReadWhole() throws IOException {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        URI uri = serve(exchange -> {
            exchange.sendResponseHeaders(500, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(chunk);
                }
            } catch (IOException cancelled) {
                // the client stopped reading: what this test wants
            }
        });
        JiraClient.Answer answer = new JiraClient(Duration.ofSeconds(5)).send(new JiraCall("POST", uri, Map.of(), "{}"));
        assertEquals(500, answer.status());
        assertEquals(JiraClient.MAX_BODY, answer.body().length());
    }

    @Test
    void aHeaderTheClientRefusesIsAFailedAttemptThatDoesNotQuoteIt() {
        // nothing listens: the request must be refused before it is sent
        JiraCall call = new JiraCall("GET", URI.create("http://127.0.0.1:9/rest/api/2/myself"),
                Map.of("Authorization", "Bearer s3cr\u20act"), null);
        JiraClient.Answer answer = new JiraClient(Duration.ofSeconds(1)).send(call);
        assertEquals(0, answer.status(), "retried like no answer, so the ticket's attempts still advance");
        assertFalse(answer.problem().contains("s3cr"), answer.problem());
        assertFalse(Courier.error(answer, List.of("s3cr\u20act"), null).contains("s3cr"));
    }
}
