package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Keycloak node next to the test framework's server, which cannot start two: a copy of the
 * framework's installation (providers already built in), started with the same options on other ports,
 * so both nodes share one database and form one Infinispan cluster.
 */
final class SecondNode implements AutoCloseable {

    static final int HTTP_PORT = 8081;
    private static final String FRAMEWORK_INSTALL = "/tmp/kc-test-framework/keycloak";
    /** Options of the first node this node must not share. */
    private static final List<String> OWN_OPTIONS = List.of("--http-port", "--http-management-port",
            "--cache-embedded-network-bind-port", "--log-file");

    private final Process process;
    private final Path log;

    private SecondNode(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Set by the Failsafe execution that runs the cluster test. */
    static boolean clusterEnabled() {
        return Boolean.getBoolean("runtimeaccess.cluster");
    }

    static String baseUrl() {
        return "http://localhost:" + HTTP_PORT;
    }

    static SecondNode start() throws IOException {
        if (answers()) {
            fail("something already answers on port " + HTTP_PORT + "; stop it before running the cluster test");
        }
        Path installed = frameworkInstallation();
        Path home = Paths.get("target/second-node").toAbsolutePath();
        copy(installed, home);
        Path log = Paths.get("target/second-node.log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        String firstNodeArgs = Files.readString(installed.resolve("startup-args"), StandardCharsets.UTF_8).trim();
        Arrays.stream(firstNodeArgs.split(" ")).filter(arg -> OWN_OPTIONS.stream().noneMatch(arg::startsWith))
                .forEach(command::add);
        command.addAll(List.of("--http-port=" + HTTP_PORT, "--http-management-port=9001",
                "--cache-embedded-network-bind-port=7801", "--log-file=" + log));
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(Paths.get("target/second-node.out").toFile()).start();
        SecondNode node = new SecondNode(process, log);
        try {
            node.awaitReady(Duration.ofMinutes(3));
        } catch (AssertionError | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        return node;
    }

    private static Path frameworkInstallation() throws IOException {
        try (Stream<Path> homes = Files.list(Paths.get(FRAMEWORK_INSTALL))) {
            return homes.filter(home -> Files.isRegularFile(home.resolve("startup-args"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no started Keycloak under " + FRAMEWORK_INSTALL));
        }
    }

    /** Everything but the first node's data folder (its transaction log and temporary files). */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.startsWith("data")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the second node stopped while starting; see target/second-node.out");
            }
            if (answers()) {
                return;
            }
            sleep(500);
        }
        fail("the second node did not start within " + timeout + "; see target/second-node.out");
    }

    private static boolean answers() {
        try {
            return Oidc.call(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master")).GET().build())
                    .statusCode() == 200;
        } catch (AssertionError | RuntimeException notYet) {
            return false;
        }
    }

    /** The node's log, for a test that checks what the node did. */
    List<String> logLines() {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a crash or {@code kill -9}: the node and its launcher die at once, nothing is shut down cleanly. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The test framework's bootstrap admin client exists in the shared database, so this node knows it too. */
    static String adminToken() {
        HttpResponse<String> response = Oidc.call(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "client_credentials",
                        "client_id", "temp-admin", "client_secret", "mysecret")))).build());
        assertEquals(200, response.statusCode(), response.body());
        return Oidc.json(response.body()).get("access_token").asText();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
