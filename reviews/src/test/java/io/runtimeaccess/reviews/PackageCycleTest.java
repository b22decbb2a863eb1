package io.runtimeaccess.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages of this module import each other in one direction only (the JPA registration wires the store and the sweep, so it sits in a package of its own). */
class PackageCycleTest {

    private static final Path SOURCES = Path.of("src/main/java/io/runtimeaccess/reviews");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.runtimeaccess\\.reviews\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void noPackageImportCycle() throws IOException {
        Map<String, Set<String>> imports = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String from = SOURCES.relativize(f.getParent()).toString();
                Matcher m = IMPORT.matcher(read(f));
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        imports.computeIfAbsent(from, k -> new TreeSet<>()).add(m.group(1));
                    }
                }
            });
        }
        assertTrue(imports.getOrDefault("sweep", Set.of()).contains("close"), "the scan actually sees imports: " + imports);
        for (String start : imports.keySet()) {
            assertEquals(List.of(), cycleFrom(start, start, imports, new ArrayList<>()), "imports: " + imports);
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> imports, List<String> path) {
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(at);
                cycle.add(next);
                return cycle;
            }
            if (!path.contains(next) && !next.equals(at)) {
                path.add(at);
                List<String> found = cycleFrom(start, next, imports, path);
                path.remove(path.size() - 1);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
