package io.runtimeaccess.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stops and starts the machine's PostgreSQL cluster the way {@code .ci/run} starts it
 * ({@code pg_ctlcluster <version> main}). Whoever stops it must start it again in a {@code finally};
 * a JVM shutdown hook starts it too, should the test JVM be stopped in between.
 */
final class PostgresServer {

    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private PostgresServer() {
    }

    static void stop() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::startQuietly, "restart-postgresql"));
        }
        control("stop");
    }

    static void start() {
        if (!listening()) {
            control("start");
        }
    }

    static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static void startQuietly() {
        try {
            start();
        } catch (RuntimeException e) {
            System.err.println("Could not start PostgreSQL again: " + e.getMessage());
        }
    }

    private static void control(String action) {
        List<String> command = List.of("pg_ctlcluster", "--skip-systemctl-redirect", version(), "main", action);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + String.join(" ", command)
                    + " (the fault tests stop the machine's PostgreSQL, which needs pg_ctlcluster and root)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The one installed major version, as {@code .ci/run} finds it. */
    private static String version() {
        Path clusters = Paths.get("/etc/postgresql");
        try (Stream<Path> versions = Files.list(clusters)) {
            List<String> names = versions.map(path -> path.getFileName().toString()).collect(Collectors.toList());
            if (names.size() != 1) {
                throw new IllegalStateException("expected one PostgreSQL version under " + clusters + ", found " + names);
            }
            return names.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL cluster under " + clusters, e);
        }
    }
}
