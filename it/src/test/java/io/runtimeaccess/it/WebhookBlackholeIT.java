package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;

/**
 * One realm's webhook points at a server that accepts connections and never answers. Sign-ins keep their
 * latency, and another realm's findings still reach that realm's receiver promptly.
 */
@KeycloakIntegrationTest(config = RuntimeAccessServerConfig.class)
class WebhookBlackholeIT extends AbstractFaultIT {

    static final Duration DELIVERY_LIMIT = Duration.ofSeconds(5);
    /** Realms of their own, so deliveries still retrying after the test hold up no other test's realm. */
    private static final String BLACKHOLED = "webhook-blackholed";
    private static final String OTHER = "webhook-other";
    private static final int SIGN_INS = 40;

    @Test
    void aBlackholedWebhookCostsNoSignInAndNoOtherRealmsDelivery() throws Exception {
        createListenedRealm(BLACKHOLED, true, "hole-user");
        createListenedRealm(OTHER, true);
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/findings", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            arrivals.add(System.nanoTime());
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        receiver.start();
        try (Blackhole blackhole = new Blackhole()) {
            signIns(5);
            List<Long> without = signIns(SIGN_INS);
            setWebhook(BLACKHOLED, "http://127.0.0.1:" + blackhole.port() + "/findings");
            setWebhook(OTHER, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/findings");
            for (int source = 1; source <= 3; source++) {
                spray(realmUrl(BLACKHOLED), "hole-victim-" + source, "203.0.113." + (30 + source));
            }
            awaitTrue(() -> blackhole.accepted() > 0, "the blackholed realm's deliveries reach the blackhole");
            List<Long> with = signIns(SIGN_INS);

            spray(realmUrl(OTHER), "other-victim", "192.0.2.77");
            long stored = awaitOtherRealmsFinding();
            long deadline = stored + DELIVERY_LIMIT.toNanos() + Duration.ofSeconds(5).toNanos();
            while (arrivals.isEmpty() && System.nanoTime() < deadline) {
                sleep(50);
            }
            long delivery = arrivals.isEmpty() ? -1 : Math.max(0, Duration.ofNanos(arrivals.get(0) - stored).toMillis());
            System.out.printf("WebhookBlackholeIT: sign-in p50/p99 %d/%d ms without a blackholed webhook, %d/%d ms "
                    + "with one (%d sign-ins each); %d connections held by the blackhole; the other realm's finding "
                    + "reached its receiver %s after it was stored%n", percentile(without, 50), percentile(without, 99),
                    percentile(with, 50), percentile(with, 99), SIGN_INS, blackhole.accepted(),
                    delivery < 0 ? "not within " + Duration.ofNanos(deadline - stored).toSeconds() + " s" : delivery + " ms");

            assertTrue(percentile(with, 50) <= 3 * percentile(without, 50) + 100,
                    "sign-ins keep their median latency while a webhook is blackholed");
            assertTrue(percentile(with, 99) < 2_000, "no sign-in waits for a blackholed webhook");
            assertTrue(delivery >= 0 && delivery <= DELIVERY_LIMIT.toMillis(), "another realm's delivery arrives "
                    + "within " + DELIVERY_LIMIT.toSeconds() + " s while one realm's webhook is blackholed; took "
                    + (delivery < 0 ? "longer than " + Duration.ofNanos(deadline - stored).toSeconds() + " s" : delivery + " ms"));
        } finally {
            setWebhook(BLACKHOLED, "");
            setWebhook(OTHER, "");
            receiver.stop(0);
        }
    }

    /** Successful sign-ins of the blackholed realm's user from its usual address, each one's milliseconds. */
    private List<Long> signIns(int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            assertEquals(200, signIn(realmUrl(BLACKHOLED), FAULT_CLIENT, FAULT_SECRET, "hole-user", "hole-user",
                    "198.51.100.88").statusCode());
            millis.add(millisSince(start));
        }
        return millis;
    }

    /** Thirty wrong passwords for thirty usernames from one address: a password spray, one finding. */
    private static void spray(String realmUrl, String usernamePrefix, String ip) {
        for (int i = 0; i < 30; i++) {
            assertTrue(DatabaseOutageIT.refused(signIn(realmUrl, FAULT_CLIENT, FAULT_SECRET, usernamePrefix + "-" + i,
                    "wrong", ip).statusCode()));
        }
    }

    private String realmUrl(String realm) {
        return urls.getBase() + "/realms/" + realm;
    }

    /** When the other realm's spray finding was first seen stored (System.nanoTime()). */
    private long awaitOtherRealmsFinding() {
        long deadline = System.nanoTime() + FINDING_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode findings = findingsList(OTHER, "&detection=password_spray");
            if (findings.size() > 0) {
                return System.nanoTime();
            }
            sleep(100);
        }
        throw new AssertionError("no spray finding in realm " + OTHER + " within " + FINDING_WAIT);
    }

    /** A TCP server that accepts every connection and never reads or answers. */
    private static final class Blackhole implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::accept, "webhook-blackhole");

        Blackhole() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return held.size();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
