package io.runtimeaccess.mappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedConfigCacheTest {

    private final AtomicInteger parses = new AtomicInteger();
    private final ParsedConfigCache<String> cache = new ParsedConfigCache<>(config -> {
        parses.incrementAndGet();
        String value = config.get("k");
        if (value == null) {
            throw new IllegalArgumentException("k: missing");
        }
        return value.toUpperCase();
    });

    @Test
    void parsesOncePerMapperConfiguration() {
        Map<String, String> config = new HashMap<>(Map.of("k", "v"));
        String first = cache.get("mapper-1", config);
        assertSame(first, cache.get("mapper-1", new HashMap<>(config)));
        assertEquals(1, parses.get());
    }

    @Test
    void reparsesWhenTheAdminChangesTheConfiguration() {
        Map<String, String> config = new HashMap<>(Map.of("k", "v"));
        assertEquals("V", cache.get("mapper-1", config));
        config.put("k", "w");
        assertEquals("W", cache.get("mapper-1", config));
        assertEquals(2, parses.get());
    }

    @Test
    void errorsPassThroughButABrokenConfigurationIsParsedOnce() {
        assertEquals("k: missing", assertThrows(IllegalArgumentException.class,
                () -> cache.get("mapper-2", Map.of())).getMessage());
        assertEquals("k: missing", assertThrows(IllegalArgumentException.class,
                () -> cache.get("mapper-2", Map.of())).getMessage());
        assertEquals(1, parses.get(), "not parsed (its patterns compiled) again at every login");
        assertEquals("V", cache.get("mapper-2", Map.of("k", "v")), "a corrected configuration is parsed anew");
        assertEquals(2, parses.get());
    }

    @Test
    void modelsWithoutIdAreParsedEachTime() {
        cache.get(null, Map.of("k", "v"));
        cache.get(null, Map.of("k", "v"));
        assertEquals(2, parses.get());
    }
}
