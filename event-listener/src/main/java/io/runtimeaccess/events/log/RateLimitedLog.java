package io.runtimeaccess.events.log;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * Warnings about a repeating failure, at most one per key (a realm) per interval, each saying how many
 * were not logged since the last one: an outage stays visible without flooding the log.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalMillis;
    private final LongSupplier clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimitedLog(Logger log, long intervalMillis, LongSupplier clock) {
        this.log = log;
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    public RateLimitedLog(Logger log) {
        this(log, 60_000, System::currentTimeMillis);
    }

    /**
     * Logs {@code message} (a format for {@code args}) at WARN unless this key warned within the interval.
     * Arguments should already be made safe with {@link LogText}.
     *
     * @return whether it was logged
     */
    public boolean warn(String key, String message, Object... args) {
        long now = clock.getAsLong();
        Window window = windows.computeIfAbsent(key, k -> new Window());
        long suppressed;
        synchronized (window) {
            if (window.lastLogged != Long.MIN_VALUE && now - window.lastLogged < intervalMillis) {
                window.suppressed++;
                return false;
            }
            window.lastLogged = now;
            suppressed = window.suppressed;
            window.suppressed = 0;
        }
        String text = String.format(message, args)
                + (suppressed == 0 ? "" : " (" + suppressed + " more since the last warning)");
        log.warn(text);
        return true;
    }

    /** Forgets a key, e.g. a removed realm, so the map does not grow with realms that are gone. */
    public void forget(String key) {
        windows.remove(key);
    }

    private static final class Window {
        private long lastLogged = Long.MIN_VALUE;
        private long suppressed;
    }
}
