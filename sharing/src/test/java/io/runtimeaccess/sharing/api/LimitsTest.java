package io.runtimeaccess.sharing.api;

import static io.runtimeaccess.sharing.api.QueryParamsTest.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void textsUpToTheColumnSizePass() {
        assertEquals(null, Limits.text("reason", null, Limits.TEXT));
        String longest = "r".repeat(Limits.TEXT);
        assertEquals(longest, Limits.text("reason", longest, Limits.TEXT));
        BadRequest refused = assertThrows(BadRequest.class, () -> Limits.text("reason", "r".repeat(10_000), Limits.TEXT));
        assertEquals("reason", field(refused));
        assertTrue(refused.getMessage().contains("10000") && refused.getMessage().contains("1024"), refused.getMessage());
    }

    @Test
    void aNulInATextIsRefusedByName() {
        BadRequest refused = assertThrows(BadRequest.class, () -> Limits.text("description", "a\u0000b", Limits.TEXT));
        assertEquals("description", field(refused));
        assertEquals("a\tb \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD", Limits.text("description", "a\tb \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD", Limits.TEXT));
    }

    @Test
    void instantsOutsideWhatEpochMillisecondsHoldAreRefusedByName() {
        for (String far : new String[] {"+300000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            assertEquals("expiresAt", field(assertThrows(BadRequest.class, () -> Limits.instant("expiresAt", far))), far);
        }
        assertEquals(253402300799000L, Limits.instant("expiresAt", "9999-12-31T23:59:59Z").toEpochMilli());
        assertEquals("expiresAt", field(assertThrows(BadRequest.class, () -> Limits.instant("expiresAt", "soon"))));
    }

    @Test
    void groupAttributesAreCappedInNumberAndSize() {
        Map<String, String> most = new HashMap<>();
        for (int i = 0; i < Limits.ATTRIBUTES; i++) {
            most.put("k" + i, "v".repeat(Limits.ATTRIBUTE_VALUE));
        }
        assertEquals(most, Limits.attributes("attributes", most));
        Map<String, String> tooMany = new HashMap<>(most);
        tooMany.put("one-more", "v");
        assertEquals("attributes", field(assertThrows(BadRequest.class, () -> Limits.attributes("attributes", tooMany))));
        Map<String, String> megabyte = Map.of("site", "x".repeat(1 << 20));
        assertEquals("attributes.site", field(assertThrows(BadRequest.class, () -> Limits.attributes("attributes", megabyte))));
        Map<String, String> longKey = Map.of("k".repeat(Limits.ATTRIBUTE_KEY + 1), "v");
        assertTrue(field(assertThrows(BadRequest.class, () -> Limits.attributes("attributes", longKey)))
                .startsWith("attributes.kkk"));
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("site", null);
        assertEquals("attributes.site", field(assertThrows(BadRequest.class, () -> Limits.attributes("attributes", nullValue))));
        assertEquals("attributes", field(assertThrows(BadRequest.class, () -> Limits.attributes("attributes", Map.of(" ", "v")))));
    }

    @Test
    void invalidInstantsAreRefusedByName() {
        assertEquals(1798761599000L, Limits.instant("expiresAt", "2026-12-31T23:59:59Z").toEpochMilli());
        assertEquals("grants.expiresAt", field(assertThrows(BadRequest.class,
                () -> Limits.instant("grants.expiresAt", "next tuesday"))));
    }

    @Test
    void quotedValuesAreShortAndCannotForgeLogLines() {
        String shown = Limits.shown("evil\r\nINFO forged line" + "x".repeat(1000));
        assertFalse(shown.contains("\n") || shown.contains("\r"), shown);
        assertTrue(shown.startsWith("evil\\r\\nINFO forged line"), shown);
        assertTrue(shown.length() < 50, shown);
        assertEquals("a\\nb\\rc", Limits.loggable("a\nb\rc"));
        assertEquals("null", Limits.shown(null));
    }

    @Test
    void namesEchoedInErrorsAreCut() {
        BadRequest refused = assertThrows(BadRequest.class, () -> Names.require("name", "!" + "n".repeat(1 << 20)));
        assertTrue(refused.getMessage().length() < 300, "a 1 MB name is not echoed whole");
    }
}
