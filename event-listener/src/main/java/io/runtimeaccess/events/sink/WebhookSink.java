package io.runtimeaccess.events.sink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Posts findings to each realm's webhook as CloudEvents, from an outbox of its own thread. A receiver
 * that is down costs neither logins nor memory: the scorer only adds to the outbox, which holds at most
 * {@code capacity} deliveries and drops the oldest when full; a failed delivery is retried with
 * exponential backoff and given up after {@link #MAX_ATTEMPTS}.
 */
public final class WebhookSink {

    public static final String SIGNATURE_HEADER = "X-Runtime-Access-Signature";
    static final int MAX_ATTEMPTS = 6;
    private static final Logger LOG = Logger.getLogger(WebhookSink.class);

    private final LinkedBlockingDeque<Delivery> outbox = new LinkedBlockingDeque<>();
    private final int capacity;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread sender;
    private volatile boolean running = true;

    public WebhookSink(int capacity, Duration firstBackoff, Duration maxBackoff) {
        this.capacity = capacity;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.sender = new Thread(this::send, "runtime-access-webhook");
        this.sender.setDaemon(true);
    }

    public WebhookSink start() {
        sender.start();
        return this;
    }

    public void stop() {
        running = false;
        sender.interrupt();
    }

    /** Adds a delivery; when the outbox is full the oldest waiting one is dropped and counted. */
    public synchronized void offer(String url, String secret, String cloudEventJson) {
        while (outbox.size() >= capacity) {
            if (outbox.pollFirst() != null) {
                dropped.incrementAndGet();
            }
        }
        outbox.offerLast(new Delivery(url, secret, cloudEventJson));
    }

    public int depth() {
        return outbox.size();
    }

    public long delivered() {
        return delivered.get();
    }

    public long failedAttempts() {
        return failedAttempts.get();
    }

    public long dropped() {
        return dropped.get();
    }

    private void send() {
        while (running) {
            try {
                Delivery delivery = outbox.pollFirst(1, TimeUnit.SECONDS);
                if (delivery != null) {
                    deliver(delivery);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void deliver(Delivery delivery) throws InterruptedException {
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS && running; attempt++) {
            if (post(delivery)) {
                delivered.incrementAndGet();
                return;
            }
            failedAttempts.incrementAndGet();
            if (attempt < MAX_ATTEMPTS) {
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
        dropped.incrementAndGet();
        LOG.warnf("Gave up delivering a finding to %s after %d attempts", delivery.url(), MAX_ATTEMPTS);
    }

    private boolean post(Delivery delivery) throws InterruptedException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/cloudevents+json")
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
            if (delivery.secret() != null && !delivery.secret().isEmpty()) {
                request.header(SIGNATURE_HEADER, "sha256=" + signature(delivery.secret(), delivery.body()));
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Hex HMAC-SHA256 of the body with the realm's webhook secret; the receiver computes the same. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Delivery(String url, String secret, String body) {
    }
}
