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

    /**
     * The parsed form of {@code config}. The parser's {@link IllegalArgumentException} passes through, and is kept
     * like a result: a broken configuration is not parsed again (its patterns compiled again) at every login.
     */
    public T get(String mapperId, Map<String, String> config) {
        Map<String, String> current = config == null ? Map.of() : config;
        if (mapperId == null) {
            return parser.apply(current);
        }
        Entry<T> entry = entries.get(mapperId);
        if (entry == null || !entry.config.equals(current)) {
            entry = parse(current);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(mapperId, entry);
        }
        if (entry.failure != null) {
            throw new IllegalArgumentException(entry.failure.getMessage(), entry.failure);
        }
        return entry.value;
    }

    private Entry<T> parse(Map<String, String> config) {
        try {
            return new Entry<>(new HashMap<>(config), parser.apply(config), null);
        } catch (IllegalArgumentException e) {
            return new Entry<>(new HashMap<>(config), null, e);
        }
    }

    private static final class Entry<T> {
        final Map<String, String> config;
        final T value;
        final IllegalArgumentException failure;

        Entry(Map<String, String> config, T value, IllegalArgumentException failure) {
            this.config = config;
            this.value = value;
            this.failure = failure;
        }
    }
}
