package io.runtimeaccess.sharing.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The admin console's static files, read from the class path folder {@value #FOLDER} of the provider jar
 * (put there by the {@code admin-ui} build). A file is read once and then served from memory; only files
 * that exist are kept, so the cache can never grow past what the jar holds, whatever paths are asked for.
 */
final class ConsoleFiles {

    static final String FOLDER = "runtime-access-console/";
    static final String INDEX = "index.html";

    /** File names the build produces: letters, digits, dot, dash, underscore; no empty, "." or ".." segment. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"));

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private ConsoleFiles() {
    }

    /**
     * Whether {@code path} (decoded, relative to the console) may name a console file: known extension,
     * plain segments only. Anything with {@code ..}, a backslash, an empty segment or a character a built
     * file name never has is refused before the class loader is asked.
     */
    static boolean allowed(String path) {
        if (path == null || path.isEmpty() || path.length() > 200 || contentType(path) == null) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return true;
    }

    /** The Content-Type for the file's extension, or null for an extension the console does not serve. */
    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Hashed build output under {@code assets/} never changes under its name; everything else (index.html,
     * favicon) may change with a new jar and must be revalidated.
     */
    static String cacheControl(String path) {
        return path.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    }

    /** The file's bytes, or empty if the jar has no such file. Call only with an {@link #allowed} path. */
    static Optional<byte[]> read(String path) {
        byte[] cached = CACHE.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            CACHE.putIfAbsent(path, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read console file " + path, e);
        }
    }
}
