package io.runtimeaccess.mappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksCannotForgeALogEntry() {
        String forged = "mallory\r\n2026-12-03 12:00:00,000 INFO  [org.keycloak] admin logged in";
        String safe = LogText.safe(forged);
        assertFalse(safe.contains("\n") || safe.contains("\r"), safe);
        assertTrue(safe.startsWith("mallory\\r\\n2026-12-03"), safe);
    }

    @Test
    void otherControlCharactersAndLineSeparatorsAreEscaped() {
        assertEquals("a\\u0000b\\u001bc\\u2028d\\u0009e", LogText.safe("a\u0000b\u001bc\u2028d\te"));
    }

    @Test
    void plainTextIsReturnedAsIsIncludingEmojiAndRightToLeft() {
        String plain = "alice \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
        assertSame(plain, LogText.safe(plain));
        assertEquals("null", LogText.safe(null));
    }

    @Test
    void longTextIsCutAndSaysHowLongItWas() {
        String safe = LogText.safe("x".repeat(1_000_000));
        assertEquals(LogText.MAX_LENGTH + "...(1000000 chars)".length(), safe.length());
        assertTrue(safe.endsWith("...(1000000 chars)"), safe);
    }
}
