package io.runtimeaccess.events.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersCannotForgeALogLine() {
        assertEquals("eve\\r\\n2026-12-03 WARN admin signed in", LogText.safe("eve\r\n2026-12-03 WARN admin signed in"));
        assertEquals("a\\u0000b\\u001bc\\u2028d\\u0085", LogText.safe("a\u0000b\u001bc\u2028d\u0085"));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        String name = "José Ñandú 山田 \uD83D\uDE00";
        assertSame(name, LogText.safe(name));
        assertNull(LogText.safe(null));
    }
}
