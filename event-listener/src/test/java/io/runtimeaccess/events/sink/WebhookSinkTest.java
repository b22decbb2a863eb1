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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {

    private HttpServer receiver;
    private WebhookSink sink;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (sink != null) {
            sink.stop();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private String startReceiver(AtomicInteger failuresFirst) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int status = failuresFirst.getAndDecrement() > 0 ? 503 : 202;
                if (status == 202) {
                    bodies.add(body);
                    signatures.add(exchange.getRequestHeaders().getFirst(WebhookSink.SIGNATURE_HEADER));
                }
                exchange.sendResponseHeaders(status, -1);
            }
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void deliversSignedEventsAndRetriesAFailingReceiver() throws Exception {
        String url = startReceiver(new AtomicInteger(2));
        sink = new WebhookSink(10, Duration.ofMillis(20), Duration.ofMillis(100)).start();
        sink.offer(url, "s3cret", "{\"id\":\"f1\"}");
        await(() -> bodies.size() == 1);
        assertEquals("{\"id\":\"f1\"}", bodies.get(0));
        assertEquals("sha256=" + WebhookSink.signature("s3cret", "{\"id\":\"f1\"}"), signatures.get(0));
        assertEquals(2, sink.failedAttempts(), "two 503s, then delivered");
        assertEquals(1, sink.delivered());
    }

    @Test
    void aDeadReceiverKeepsTheOutboxBoundedDroppingTheOldest() throws Exception {
        sink = new WebhookSink(3, Duration.ofSeconds(10), Duration.ofSeconds(10)).start();
        for (int i = 0; i < 50; i++) {
            sink.offer("http://127.0.0.1:9/nobody-listens", null, "{\"n\":" + i + "}");
        }
        assertTrue(sink.depth() <= 3, "outbox depth " + sink.depth());
        assertTrue(sink.dropped() >= 46, "dropped " + sink.dropped());
    }

    @Test
    void signatureIsTheHexHmacOfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSink.signature("Jefe", "what do ya want for nothing?"));
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }
}
