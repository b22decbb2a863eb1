package io.runtimeaccess.events.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksCannotForgeALogLine() {
        assertEquals("bob\\r\\n2026-12-03 INFO admin signed in", LogText.safe("bob\r\n2026-12-03 INFO admin signed in"));
        assertEquals("a\\u0000b\\u001bc\\u0085d\\u2028e", LogText.safe("a\u0000b\u001bc\u0085d\u2028e"));
    }

    @Test
    void ordinaryNamesAreReturnedAsTheyAre() {
        String name = "jürgen.o'brien@example.com ✓ مرحبا";
        assertSame(name, LogText.safe(name));
        assertNull(LogText.safe(null));
    }
}
