package io.runtimeaccess.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The Keycloak server log, written to a file so tests can check what an operator would read. */
final class ServerLog {

    private ServerLog() {
    }

    static Path path() {
        return Paths.get(System.getProperty("runtimeaccess.server.log", "target/keycloak-server.log")).toAbsolutePath();
    }

    /** Lines containing every one of {@code fragments}, waiting up to 5 s for the log to be flushed. */
    static List<String> linesContaining(String... fragments) {
        return linesContaining(0, fragments);
    }

    /** How many lines the log has now: what a test passes to {@link #linesContaining(int, String...)}. */
    static int lineCount() {
        return read().size();
    }

    /**
     * Lines after the first {@code fromLine} containing every one of {@code fragments}: what this test caused, not
     * what earlier tests (or an earlier run, the file is kept without a clean) wrote.
     */
    static List<String> linesContaining(int fromLine, String... fragments) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<String> found;
        do {
            List<String> lines = read();
            found = lines.subList(Math.min(fromLine, lines.size()), lines.size()).stream()
                    .filter(line -> containsAll(line, fragments)).collect(Collectors.toList());
            if (!found.isEmpty()) {
                return found;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        return found;
    }

    private static boolean containsAll(String line, String... fragments) {
        for (String fragment : fragments) {
            if (!line.contains(fragment)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> read() {
        try {
            return Files.exists(path()) ? Files.readAllLines(path(), StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
