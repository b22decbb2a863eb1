package io.runtimeaccess.events.sink;

import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.log.RateLimitedLog;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Posts findings to each realm's webhook as CloudEvents. Each realm has its own outbox of at most
 * {@code capacity} deliveries (the oldest is dropped when full) and at most one delivery in flight, sent
 * asynchronously: a realm whose receiver never answers waits out its own timeouts and backoff while the
 * other realms' deliveries go on. A failed delivery is retried with exponential backoff and given up
 * after {@link #MAX_ATTEMPTS}. Failures are counted and warned about, at most once a minute per realm.
 */
public final class WebhookSink {

    static final int MAX_ATTEMPTS = 6;
    private static final Logger LOG = Logger.getLogger(WebhookSink.class);

    private final int capacity;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration requestTimeout;
    private final WebhookAddresses addresses;
    private final RateLimitedLog warnings = new RateLimitedLog(LOG);
    private final HttpClient http;
    private final ConcurrentHashMap<String, RealmOutbox> outboxes = new ConcurrentHashMap<>();
    private final AtomicInteger depth = new AtomicInteger();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService scheduler;
    private final UnaryOperator<Target> currentTargets;
    private volatile boolean running = true;

    public WebhookSink(int capacityPerRealm, Duration firstBackoff, Duration maxBackoff, Duration requestTimeout,
            WebhookAddresses addresses) {
        this(capacityPerRealm, firstBackoff, maxBackoff, requestTimeout, addresses, UnaryOperator.identity());
    }

    /**
     * {@code currentTargets} gives, before each attempt, where a delivery recorded for a target goes now: the realm's
     * webhook as its settings are then (another address, a rotated secret), or {@code null} once the realm or its
     * webhook is gone, when the delivery is dropped. A delivery waits up to minutes behind a slow receiver; it must not
     * go on to an address its realm no longer names, nor outlive the realm.
     */
    public WebhookSink(int capacityPerRealm, Duration firstBackoff, Duration maxBackoff, Duration requestTimeout,
            WebhookAddresses addresses, UnaryOperator<Target> currentTargets) {
        this.currentTargets = currentTargets;
        this.capacity = capacityPerRealm;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.requestTimeout = requestTimeout;
        this.addresses = addresses;
        Duration connectTimeout = requestTimeout.compareTo(Duration.ofSeconds(2)) < 0 ? requestTimeout
                : Duration.ofSeconds(2);
        // Redirects are not followed (the default): a receiver cannot send us on to an internal address.
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        // Two threads resolve and check hosts and start sends; the sends themselves are asynchronous.
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "runtime-access-webhook");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.scheduler = executor;
    }

    /** Kept for callers that chain it; the sender threads start with the first delivery. */
    public WebhookSink start() {
        return this;
    }

    /**
     * Stops sending. What is still waiting, or in flight or waiting out a retry's backoff, is not sent (its finding
     * stays stored): counted as dropped and logged with its number, as a full outbox's loss is; so is anything offered
     * after the stop.
     */
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        long lost = 0;
        for (String realmId : List.copyOf(outboxes.keySet())) {
            long[] of = new long[1];
            outboxes.computeIfPresent(realmId, (id, box) -> {
                of[0] = box.waiting.size() + (box.busy ? 1 : 0);
                depth.addAndGet(-box.waiting.size());
                return null;
            });
            lost += of[0];
        }
        if (lost > 0) {
            dropped.addAndGet(lost);
            LOG.warnf("Stopping: %d webhook deliveries waiting or in flight are not sent (their findings stay stored)",
                    lost);
        }
    }

    /** Adds a delivery to its realm's outbox; when that is full its oldest waiting one is dropped and counted. */
    public void offer(Target target, String cloudEventJson) {
        if (!running) {
            dropped.incrementAndGet();
            return;
        }
        Delivery delivery = new Delivery(target, cloudEventJson);
        outboxes.compute(target.realmId(), (realmId, outbox) -> {
            RealmOutbox box = outbox == null ? new RealmOutbox() : outbox;
            if (box.waiting.size() >= capacity) {
                box.waiting.pollFirst();
                depth.decrementAndGet();
                dropped.incrementAndGet();
            }
            box.waiting.addLast(delivery);
            depth.incrementAndGet();
            if (!box.busy) {
                box.busy = true;
                schedule(() -> sendNext(realmId), Duration.ZERO);
            }
            return box;
        });
    }

    /** Deliveries waiting in all realms' outboxes (not counting those in flight). */
    public int depth() {
        return depth.get();
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

    /** Starts the realm's next delivery, or retires its outbox when empty so idle realms cost nothing. */
    private void sendNext(String realmId) {
        if (!running) {
            return; // stop() counted what this realm had left
        }
        Delivery[] next = new Delivery[1];
        outboxes.computeIfPresent(realmId, (id, box) -> {
            next[0] = box.waiting.pollFirst();
            if (next[0] == null) {
                box.busy = false;
                return null;
            }
            depth.decrementAndGet();
            return box;
        });
        if (next[0] != null) {
            attempt(next[0], 1, firstBackoff);
        }
    }

    private void attempt(Delivery recorded, int attempt, Duration backoff) {
        if (!running) {
            return;
        }
        Target target;
        try {
            target = currentTargets.apply(recorded.target());
        } catch (RuntimeException e) {
            retryOrGiveUp(recorded, attempt, backoff, "the realm's webhook settings could not be read: "
                    + LogText.cause(e));
            return;
        }
        if (target == null) { // the realm or its webhook is gone: nobody to tell, nothing to retry
            dropped.incrementAndGet();
            schedule(() -> sendNext(recorded.target().realmId()), Duration.ZERO);
            return;
        }
        // from here on, failures are logged and retried as what is sent now
        Delivery delivery = new Delivery(target, recorded.body());
        try {
            URI uri = new URI(target.url());
            String refusal = addresses.refusal(uri);
            if (WebhookAddresses.UNRESOLVED.equals(refusal)) {
                // a DNS failure may be a passing one: retried like an unreachable receiver
                retryOrGiveUp(delivery, attempt, backoff, "the " + refusal);
                return;
            }
            if (refusal != null) {
                // Not retried: the address was fine when saved, so its name now points inside (rebinding).
                failed(delivery, attempt, "refused, the host " + refusal, true);
                return;
            }
            CompletableFuture<HttpResponse<Void>> call = http.sendAsync(request(uri, target.secret(), delivery.body()),
                    HttpResponse.BodyHandlers.discarding());
            // The request timeout covers only the wait for the headers: a receiver that sends them and then stalls
            // its body would keep the realm's outbox busy for ever. One deadline for the whole exchange, and the
            // exchange is cancelled when it passes.
            // on the sink's own threads: a timeout completes on the JVM's one shared delay thread, which the next
            // attempt's address check (a DNS lookup) must not hold
            call.copy().orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenCompleteAsync((response, error) -> {
                        if (error instanceof TimeoutException) {
                            call.cancel(true);
                        }
                        if (error == null && response.statusCode() >= 200 && response.statusCode() < 300) {
                            delivered.incrementAndGet();
                            sendNext(delivery.target().realmId());
                        } else {
                            retryOrGiveUp(delivery, attempt, backoff, why(response, error));
                        }
                    }, scheduler);
        } catch (URISyntaxException | RuntimeException e) {
            failed(delivery, attempt, LogText.cause(e), true);
        }
    }

    private String why(HttpResponse<Void> response, Throwable error) {
        if (error == null) {
            return "HTTP " + response.statusCode();
        }
        if (error instanceof TimeoutException) {
            return "no whole answer within " + requestTimeout.toMillis() + " ms";
        }
        return LogText.cause(error instanceof CompletionException && error.getCause() != null ? error.getCause()
                : error);
    }

    private HttpRequest request(URI uri, String secret, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Content-Type", "application/cloudevents+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null && !secret.isEmpty()) {
            request.header(WebhookSignature.HEADER, WebhookSignature.of(secret, body));
        }
        return request.build();
    }

    private void retryOrGiveUp(Delivery delivery, int attempt, Duration backoff, String why) {
        if (attempt >= MAX_ATTEMPTS) {
            failed(delivery, attempt, why, true);
            return;
        }
        failed(delivery, attempt, why + "; retrying in " + backoff.toMillis() + " ms", false);
        Duration doubled = backoff.multipliedBy(2);
        schedule(() -> attempt(delivery, attempt + 1, doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled),
                backoff);
    }

    private void failed(Delivery delivery, int attempt, String why, boolean givenUp) {
        failedAttempts.incrementAndGet();
        Target target = delivery.target();
        warnings.warn(target.realmId(), "Realm '%s': webhook delivery to %s failed (attempt %d of %d): %s%s",
                LogText.oneLine(target.realmName()), LogText.url(target.url()), attempt, MAX_ATTEMPTS, why,
                givenUp ? "; given up" : "");
        if (givenUp) {
            dropped.incrementAndGet();
            // on the scheduler, not from here: a refusal at once of each waiting delivery would otherwise recurse
            // once per delivery of the realm's outbox
            schedule(() -> sendNext(target.realmId()), Duration.ZERO);
        }
    }

    private void schedule(Runnable task, Duration delay) {
        if (!running) {
            return;
        }
        try {
            scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Stopping: what is still waiting is lost with the node, as before.
        }
    }

    /** Where a realm's findings go: its webhook address and signing secret, and the realm, for logs. */
    public record Target(String realmId, String realmName, String url, String secret) {
        @Override
        public String toString() {
            return "Target[" + realmName + ", " + LogText.url(url) + "]";
        }
    }

    private record Delivery(Target target, String body) {
    }

    /** A realm's waiting deliveries; {@code busy} while one of them is being sent. Guarded by the map's lock. */
    private static final class RealmOutbox {
        private final ArrayDeque<Delivery> waiting = new ArrayDeque<>();
        private boolean busy;
    }
}
