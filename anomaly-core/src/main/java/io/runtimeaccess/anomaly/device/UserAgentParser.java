package io.runtimeaccess.anomaly.device;

import io.runtimeaccess.anomaly.state.Hashing;

/**
 * Reads browser family and major version, OS family and device type from a User-Agent header with
 * {@code indexOf} only (no regular expressions: this runs for every event that misses the cache).
 *
 * <p>Order matters because browsers borrow each other's tokens: Edge, Opera, Samsung and Yandex all say
 * "Chrome/" and "Safari/", Chrome says "Safari/", and iOS says "like Mac OS X". So the most specific
 * token is looked for first.
 */
public final class UserAgentParser {

    /** Browser tokens, most specific first; each is followed by the major version. */
    private static final String[] TOKENS = {
        "Edg/", "EdgA/", "EdgiOS/", "Edge/", "OPR/", "OPT/", "Opera/", "SamsungBrowser/", "YaBrowser/",
        "Vivaldi/", "UCBrowser/", "FxiOS/", "Firefox/", "CriOS/", "Chromium/", "Chrome/", "MSIE ", "Trident/",
    };
    private static final BrowserFamily[] TOKEN_FAMILIES = {
        BrowserFamily.EDGE, BrowserFamily.EDGE, BrowserFamily.EDGE, BrowserFamily.EDGE, BrowserFamily.OPERA,
        BrowserFamily.OPERA, BrowserFamily.OPERA, BrowserFamily.SAMSUNG, BrowserFamily.YANDEX,
        BrowserFamily.VIVALDI, BrowserFamily.UC, BrowserFamily.FIREFOX, BrowserFamily.FIREFOX,
        BrowserFamily.CHROME, BrowserFamily.CHROME, BrowserFamily.CHROME, BrowserFamily.INTERNET_EXPLORER,
        BrowserFamily.INTERNET_EXPLORER,
    };

    /** Prefixes of HTTP libraries and tools: these are scripts, not people's browsers. */
    private static final String[] SCRIPT_PREFIXES = {
        "curl/", "Wget/", "python-requests/", "Python-urllib/", "python-httpx/", "aiohttp/", "Go-http-client/",
        "okhttp/", "Java/", "Apache-HttpClient/", "PostmanRuntime/", "node-fetch/", "axios/", "libwww-perl/",
        "Ruby", "PHP", "Dalvik/", "hydra", "Hydra",
    };

    private static final String[] CRAWLER_MARKERS = {"bot/", "Bot/", "bot;", "Bot;", "crawler", "Crawler", "spider", "Spider"};

    private UserAgentParser() {
    }

    public static UserAgent parse(String header) {
        if (header == null || header.isBlank()) {
            return new UserAgent(Hashing.nonZero32(Hashing.hash64("")), BrowserFamily.OTHER, 0, OsFamily.OTHER,
                    DeviceType.UNKNOWN);
        }
        int agentKey = Hashing.nonZero32(Hashing.hash64(header));
        OsFamily os = os(header);
        if (isScript(header)) {
            return new UserAgent(agentKey, BrowserFamily.SCRIPT, majorAfterSlash(header), os, DeviceType.BOT);
        }
        DeviceType device = device(header, os);
        for (int i = 0; i < TOKENS.length; i++) {
            int at = header.indexOf(TOKENS[i]);
            if (at >= 0) {
                BrowserFamily family = TOKEN_FAMILIES[i];
                int major = family == BrowserFamily.INTERNET_EXPLORER && TOKENS[i].equals("Trident/")
                        ? ieFromTrident(header) : number(header, at + TOKENS[i].length());
                return new UserAgent(agentKey, family, major, os, device);
            }
        }
        int safari = header.indexOf("Safari/");
        int version = header.indexOf("Version/");
        if (version >= 0 && (safari >= 0 || os == OsFamily.IOS || os == OsFamily.MACOS)) {
            BrowserFamily family = os == OsFamily.ANDROID ? BrowserFamily.ANDROID_BROWSER : BrowserFamily.SAFARI;
            return new UserAgent(agentKey, family, number(header, version + "Version/".length()), os, device);
        }
        if (os == OsFamily.IOS && header.contains("AppleWebKit/")) {
            return new UserAgent(agentKey, BrowserFamily.SAFARI, 0, os, device); // an in-app web view
        }
        return new UserAgent(agentKey, BrowserFamily.OTHER, 0, os, device);
    }

    private static boolean isScript(String header) {
        for (String prefix : SCRIPT_PREFIXES) {
            if (header.startsWith(prefix)) {
                return true;
            }
        }
        for (String marker : CRAWLER_MARKERS) {
            if (header.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static OsFamily os(String header) {
        if (header.contains("Windows")) {
            return OsFamily.WINDOWS;
        }
        if (header.contains("iPhone") || header.contains("iPad") || header.contains("iPod")) {
            return OsFamily.IOS;
        }
        if (header.contains("Android")) {
            return OsFamily.ANDROID;
        }
        if (header.contains("CrOS")) {
            return OsFamily.CHROME_OS;
        }
        if (header.contains("Mac OS X") || header.contains("Macintosh")) {
            return OsFamily.MACOS;
        }
        if (header.contains("Linux") || header.contains("X11")) {
            return OsFamily.LINUX;
        }
        return OsFamily.OTHER;
    }

    private static DeviceType device(String header, OsFamily os) {
        switch (os) {
            case IOS:
                return header.contains("iPad") ? DeviceType.TABLET : DeviceType.MOBILE;
            case ANDROID:
                return header.contains("Mobile") ? DeviceType.MOBILE : DeviceType.TABLET;
            case WINDOWS:
            case MACOS:
            case LINUX:
            case CHROME_OS:
                return header.contains("Mobile") ? DeviceType.MOBILE : DeviceType.DESKTOP;
            default:
                return header.contains("Mobile") ? DeviceType.MOBILE : DeviceType.UNKNOWN;
        }
    }

    /** The decimal number starting at {@code from}, capped, or 0. */
    static int number(String text, int from) {
        int value = 0;
        for (int i = from, n = text.length(); i < n && i < from + 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return Math.min(value, UserAgent.MAX_MAJOR);
    }

    private static int majorAfterSlash(String header) {
        int slash = header.indexOf('/');
        return slash < 0 ? 0 : number(header, slash + 1);
    }

    /** IE 11 says "Trident/7.0; rv:11.0" without "MSIE". */
    private static int ieFromTrident(String header) {
        int rv = header.indexOf("rv:");
        return rv < 0 ? 0 : number(header, rv + 3);
    }
}
