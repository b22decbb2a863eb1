package io.runtimeaccess.mappers;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps what was parsed from a mapper's configuration (claim paths, compiled patterns), keyed by the
 * mapper's id, so a login or a token never re-parses it. An entry is rebuilt when an admin saves a
 * different configuration under the same id.
 */
public final class ParsedConfigCache<T> {

    /** Mappers per node are few; the bound only guards against ids churned by a misbehaving script. */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final Function<Map<String, String>, T> parser;

    public ParsedConfigCache(Function<Map<String, String>, T> parser) {
        this.parser = parser;
    }

    /** The parsed form of {@code config}; the parser's exceptions pass through and nothing is cached. */
    public T get(String mapperId, Map<String, String> config) {
        Map<String, String> current = config == null ? Map.of() : config;
        if (mapperId == null) {
            return parser.apply(current);
        }
        Entry<T> entry = entries.get(mapperId);
        if (entry != null && entry.config.equals(current)) {
            return entry.value;
        }
        T parsed = parser.apply(current);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(mapperId, new Entry<>(new HashMap<>(current), parsed));
        return parsed;
    }

    private static final class Entry<T> {
        final Map<String, String> config;
        final T value;

        Entry(Map<String, String> config, T value) {
            this.config = config;
            this.value = value;
        }
    }
}
