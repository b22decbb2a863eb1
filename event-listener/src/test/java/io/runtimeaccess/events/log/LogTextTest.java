package io.runtimeaccess.events.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndControlCharactersAreEscaped() {
        assertEquals("alice\\r\\nWARN forged line\\u0000", LogText.oneLine("alice\r\nWARN forged line\u0000"));
        assertEquals("a\\u2028b", LogText.oneLine("a\u2028b"));
        assertEquals("a\\u0000b\\u001bc\\u0085d", LogText.oneLine("a\u0000b\u001bc\u0085d"), "C0, ESC and NEL too");
        String name = "jürgen.o'brien@example.com José 山田 \uD83D\uDE00 مرحبا";
        assertSame(name, LogText.oneLine(name), "names in any script are left alone");
        String plain = "bob@example.com ünïcödé";
        assertSame(plain, LogText.oneLine(plain), "nothing to escape, nothing copied");
    }

    @Test
    void longTextIsCutSayingHowLongItWas() {
        String agent = "Mozilla/5.0 " + "x".repeat(100_000);
        String logged = LogText.oneLine(agent);
        assertEquals(agent.substring(0, LogText.MAX_LENGTH) + "...(100012 chars)", logged);
        assertEquals("a\\nb", LogText.oneLine("a\nb"));
        String exact = "y".repeat(LogText.MAX_LENGTH);
        assertSame(exact, LogText.oneLine(exact));
    }

    @Test
    void urlsLoseUserInfoPathQueryAndFragment() {
        assertEquals("https://hooks.example:8443/\u2026",
                LogText.url("https://user:pass@hooks.example:8443/in/abc?token=secret#frag"));
        assertEquals("https://hooks.slack.example/\u2026",
                LogText.url("https://hooks.slack.example/services/T0/B0/secretPart"), "a path may be the secret");
        assertEquals("http://hooks.example", LogText.url("http://hooks.example/"));
        assertEquals("(an invalid URL)", LogText.url("http://bad host/\r\n"));
    }

    @Test
    void aCauseIsItsTypeAndOneLineMessage() {
        assertEquals("IllegalStateException: x\\ny", LogText.cause(new IllegalStateException("x\ny")));
        assertEquals("RuntimeException", LogText.cause(new RuntimeException()));
    }

    @Test
    void warningsAreRateLimitedPerKey() {
        AtomicLong now = new AtomicLong(1_000_000);
        RateLimitedLog log = new RateLimitedLog(Logger.getLogger(LogTextTest.class), 60_000, now::get);
        List<Boolean> logged = new ArrayList<>();
        logged.add(log.warn("realm-a", "failure %d", 1));
        logged.add(log.warn("realm-a", "failure %d", 2));
        logged.add(log.warn("realm-b", "failure %d", 1));
        now.addAndGet(59_999);
        logged.add(log.warn("realm-a", "failure %d", 3));
        now.addAndGet(1);
        logged.add(log.warn("realm-a", "failure %d", 4));
        assertEquals(List.of(true, false, true, false, true), logged);
        log.forget("realm-a");
        assertTrue(log.warn("realm-a", "again"));
        assertFalse(log.warn("realm-a", "again"));
    }
}
