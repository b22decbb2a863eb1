package io.runtimeaccess.events.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {

    private static final WebhookAddresses LOOPBACK_ALLOWED = new WebhookAddresses(true);

    private final List<HttpServer> receivers = new CopyOnWriteArrayList<>();
    private final CountDownLatch neverAnswer = new CountDownLatch(1);
    private WebhookSink sink;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        neverAnswer.countDown();
        if (sink != null) {
            sink.stop();
        }
        receivers.forEach(receiver -> receiver.stop(0));
    }

    private String startReceiver(AtomicInteger failuresFirst) throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status = failuresFirst.getAndDecrement() > 0 ? 503 : 202;
                if (status == 202) {
                    bodies.add(body);
                    signatures.add(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER));
                }
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        receiver.start();
        receivers.add(receiver);
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Accepts every request and never answers, like a receiver behind a blackholing firewall. */
    private String startBlackhole() throws IOException {
        return startStuck(false);
    }

    /** Sends its headers, promising a body, and then stalls: the client's request timeout alone never fires. */
    private String startStaller() throws IOException {
        return startStuck(true);
    }

    /**
     * Reads the request, sends the headers of a 10-byte answer when {@code headersFirst}, then waits for the test's
     * end.
     */
    private String startStuck(boolean headersFirst) throws IOException {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                if (headersFirst) {
                    exchange.sendResponseHeaders(200, 10);
                    exchange.getResponseBody().flush();
                }
                neverAnswer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        receiver.start();
        receivers.add(receiver);
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static WebhookSink.Target target(String realm, String url, String secret) {
        return new WebhookSink.Target(realm + "-id", realm, url, secret);
    }

    @Test
    void deliversSignedEventsAndRetriesAFailingReceiver() throws Exception {
        String url = startReceiver(new AtomicInteger(2));
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5),
                LOOPBACK_ALLOWED).start();
        sink.offer(target("a", url, "s3cret"), "{\"id\":\"f1\"}");
        await(() -> bodies.size() == 1 && sink.delivered() == 1);
        assertEquals("{\"id\":\"f1\"}", bodies.get(0));
        assertEquals(WebhookSignature.of("s3cret", "{\"id\":\"f1\"}"), signatures.get(0));
        assertEquals(2, sink.failedAttempts(), "two 503s, then delivered");
        assertEquals(1, sink.delivered());
    }

    /** Recorded while the realm named another address and secret; sent where and as its settings say when sent. */
    @Test
    void aDeliveryGoesWhereItsRealmsWebhookPointsWhenItIsSent() throws Exception {
        String now = startReceiver(new AtomicInteger(0));
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5),
                LOOPBACK_ALLOWED, recorded -> target("a", now, "rotated")).start();
        sink.offer(target("a", "http://127.0.0.1:9/no-longer-named", "old"), "{\"id\":\"f1\"}");
        await(() -> sink.delivered() == 1);
        assertEquals(List.of("{\"id\":\"f1\"}"), bodies);
        assertEquals(WebhookSignature.of("rotated", "{\"id\":\"f1\"}"), signatures.get(0));
        assertEquals(0, sink.failedAttempts(), "never tried at the old address");
    }

    /** A delivery whose realm or webhook is gone by the time it is sent is dropped unsent; the others go on. */
    @Test
    void aDeliveryOfARemovedWebhookIsDroppedUnsent() throws Exception {
        String url = startReceiver(new AtomicInteger(0));
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5),
                LOOPBACK_ALLOWED, recorded -> recorded.realmName().equals("removed") ? null : recorded).start();
        sink.offer(target("removed", url, null), "{\"id\":\"gone\"}");
        sink.offer(target("removed", url, null), "{\"id\":\"gone-too\"}");
        sink.offer(target("kept", url, null), "{\"id\":\"kept\"}");
        await(() -> sink.delivered() == 1 && sink.dropped() == 2);
        assertEquals(List.of("{\"id\":\"kept\"}"), bodies);
        assertEquals(0, sink.depth());
    }

    @Test
    void aDeadReceiverKeepsTheOutboxBoundedDroppingTheOldest() throws Exception {
        sink = new WebhookSink(3, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5),
                LOOPBACK_ALLOWED).start();
        for (int i = 0; i < 50; i++) {
            sink.offer(target("a", "http://127.0.0.1:9/nobody-listens", null), "{\"n\":" + i + "}");
        }
        assertTrue(sink.depth() <= 3, "outbox depth " + sink.depth());
        assertTrue(sink.dropped() >= 46, "dropped " + sink.dropped());
    }

    @Test
    void deliveriesStillWaitingAtStopAreCountedAsDropped() throws Exception {
        sink = new WebhookSink(10, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5),
                LOOPBACK_ALLOWED).start();
        for (int i = 0; i < 5; i++) {
            sink.offer(target("a", "http://127.0.0.1:9/nobody-listens", null), "{\"n\":" + i + "}");
        }
        await(() -> sink.depth() == 4); // the first is in flight, then waits out its backoff
        assertEquals(0, sink.dropped());
        sink.stop();
        assertEquals(5, sink.dropped(), "the four waiting and the one waiting to be retried, each once");
        assertEquals(0, sink.depth());
        sink.offer(target("a", "http://127.0.0.1:9/nobody-listens", null), "{}");
        assertEquals(6, sink.dropped(), "offered after the stop");
        assertEquals(0, sink.depth());
    }

    /** One realm's receiver never answers; the other realm's deliveries go on as if it did not exist. */
    @Test
    void aBlackholedRealmDoesNotStallAnotherRealmsDeliveries() throws Exception {
        String blackhole = startBlackhole();
        String healthy = startReceiver(new AtomicInteger(0));
        sink = new WebhookSink(100, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(3),
                LOOPBACK_ALLOWED).start();
        for (int i = 0; i < 20; i++) {
            sink.offer(target("stuck", blackhole, null), "{\"stuck\":" + i + "}");
        }
        Thread.sleep(200); // the stuck realm's first request is now hanging
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            sink.offer(target("fine", healthy, null), "{\"fine\":" + i + "}");
        }
        // The receiver records a body before the sink has read its answer: wait for both.
        await(() -> bodies.size() == 5 && sink.delivered() == 5);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 1500, "the healthy realm's 5 deliveries took " + millis
                + " ms, less than one of the stuck realm's 3 s timeouts");
        assertEquals(5, sink.delivered());
        assertEquals(0, sink.failedAttempts(), "the stuck realm's first attempt is still waiting for its timeout");
        assertEquals(19, sink.depth(), "the stuck realm's other deliveries wait in its own outbox");
    }

    @Test
    void aReceiverStallingAfterItsHeadersTimesOutAndTheRealmGoesOn() throws Exception {
        String staller = startStaller();
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(150),
                LOOPBACK_ALLOWED).start();
        sink.offer(target("a", staller, null), "{\"stalled\":1}");
        sink.offer(target("a", staller, null), "{\"stalled\":2}");
        await(() -> sink.dropped() == 2);
        assertEquals(2 * WebhookSink.MAX_ATTEMPTS, sink.failedAttempts(),
                "each attempt timed out as a whole, and the realm's second delivery was tried after the first");
        assertEquals(0, sink.delivered());
    }

    /** Saved while public, pointing inside by delivery time (DNS rebinding): refused, counted, not retried. */
    @Test
    void anInternalAddressIsRefusedAtDeliveryTime() throws Exception {
        String url = startReceiver(new AtomicInteger(0));
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5),
                new WebhookAddresses(false)).start();
        sink.offer(target("a", url, null), "{\"id\":\"f1\"}");
        await(() -> sink.dropped() == 1);
        assertEquals(1, sink.failedAttempts(), "refused once, not retried");
        assertEquals(0, sink.delivered());
        assertTrue(bodies.isEmpty(), "nothing reached the loopback receiver");
    }

    /** A name that does not resolve now may resolve again (a DNS hiccup): retried, unlike an internal address. */
    @Test
    void aHostThatDoesNotResolveIsRetried() throws Exception {
        sink = new WebhookSink(10, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(2),
                new WebhookAddresses(false)).start();
        sink.offer(target("a", "http://hook.invalid/x", null), "{}");
        await(() -> sink.dropped() == 1);
        assertEquals(WebhookSink.MAX_ATTEMPTS, sink.failedAttempts());
    }

    @Test
    void anUnreachableReceiverIsGivenUpAfterTheLastAttempt() throws Exception {
        sink = new WebhookSink(10, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(2),
                LOOPBACK_ALLOWED).start();
        sink.offer(target("a", "http://127.0.0.1:9/nobody-listens", null), "{}");
        await(() -> sink.dropped() == 1);
        assertEquals(WebhookSink.MAX_ATTEMPTS, sink.failedAttempts());
    }

    @Test
    void signatureIsTheHexHmacOfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void aTargetNeverShowsItsSecretOrCredentials() {
        String shown = new WebhookSink.Target("id", "acme", "https://user:pw@hooks.example/x?token=t", "s3cret")
                .toString();
        assertEquals("Target[acme, https://hooks.example/\u2026]", shown);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
