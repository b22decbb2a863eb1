package io.runtimeaccess.sharing.groupsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndControlCharactersCannotForgeLogLines() {
        assertEquals("alice\\r\\nINFO forged admin login", LogSafe.text("alice\r\nINFO forged admin login"));
        assertEquals("a\\u0000b\\u001b[31m", LogSafe.text("a\u0000b\u001b[31m"));
        assertEquals("[Finance\\nReviewers, Ops]", LogSafe.text(List.of("Finance\nReviewers", "Ops")));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String name = "Zoë 👩‍💻 مرحبا";
        assertSame(name, LogSafe.text(name));
        assertEquals("null", LogSafe.text(null));
    }
}
