package io.runtimeaccess.testsupport;

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

/**
 * Asserts that the packages under one package of a module's sources, and that package itself (named {@code ""}),
 * import each other in one direction only. Imports are read from the source text, so the check needs no bytecode
 * library.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /**
     * {@code basePackage}, e.g. {@code io.runtimeaccess.reviews}, is read under the module's {@code src/main/java}.
     * {@code from} importing {@code to} is one import the module is known to have, so a
     * scan that sees nothing fails instead of passing.
     */
    public static void assertNone(String basePackage, String from, String to) {
        Path sources = Path.of("src/main/java", basePackage.split("\\."));
        Map<String, Set<String>> imports = imports(sources, basePackage);
        assertTrue(imports.getOrDefault(from, Set.of()).contains(to), "the scan actually sees imports: " + imports);
        for (String start : imports.keySet()) {
            assertEquals(List.of(), cycleFrom(start, start, imports, new ArrayList<>()), "imports: " + imports);
        }
    }

    private static Map<String, Set<String>> imports(Path sources, String basePackage) {
        // A sub-package's name, or nothing for a class of the base package itself.
        Pattern importLine = Pattern.compile("^import (?:static )?" + Pattern.quote(basePackage)
                + "\\.(?:([a-z]+)\\.|[A-Z])", Pattern.MULTILINE);
        Map<String, Set<String>> imports = new HashMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String from = sources.relativize(f.getParent()).toString();
                Matcher m = importLine.matcher(read(f));
                while (m.find()) {
                    String to = m.group(1) == null ? "" : m.group(1);
                    if (!to.equals(from)) {
                        imports.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
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
