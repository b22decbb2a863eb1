package io.runtimeaccess.anomaly.observation;

import io.runtimeaccess.anomaly.state.Hashing;

/**
 * Reads browser family and major version, OS family and device type from a User-Agent header, and keys
 * its build (the header without version numbers), with {@code indexOf} and character scans only (no
 * regular expressions: this runs for every event that misses the cache).
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

    /** Stands for a masked version number in the text a build key hashes. */
    static final char VERSION_MARK = '#';

    private UserAgentParser() {
    }

    public static UserAgent parse(String header) {
        if (header == null || header.isBlank()) {
            int empty = Hashing.nonZero32(Hashing.hash64(""));
            return new UserAgent(empty, BrowserFamily.OTHER, 0, 0, OsFamily.OTHER, DeviceType.UNKNOWN, empty);
        }
        int agentKey = Hashing.nonZero32(Hashing.hash64(header));
        int buildKey = Hashing.nonZero32(Hashing.hash64(withoutVersions(header)));
        OsFamily os = os(header);
        if (isScript(header)) {
            int major = majorAfterSlash(header);
            return new UserAgent(agentKey, BrowserFamily.SCRIPT, major, 0, os, DeviceType.BOT, buildKey);
        }
        DeviceType device = device(header, os);
        for (int i = 0; i < TOKENS.length; i++) {
            int at = header.indexOf(TOKENS[i]);
            if (at >= 0) {
                BrowserFamily family = TOKEN_FAMILIES[i];
                int major = family == BrowserFamily.INTERNET_EXPLORER && TOKENS[i].equals("Trident/")
                        ? ieFromTrident(header) : number(header, at + TOKENS[i].length());
                return new UserAgent(agentKey, family, major, 0, os, device, buildKey);
            }
        }
        int safari = header.indexOf("Safari/");
        int version = header.indexOf("Version/");
        if (version >= 0 && (safari >= 0 || os == OsFamily.IOS || os == OsFamily.MACOS)) {
            BrowserFamily family = os == OsFamily.ANDROID ? BrowserFamily.ANDROID_BROWSER : BrowserFamily.SAFARI;
            int at = version + "Version/".length();
            int minor = UserAgent.minorReleases(family) ? minorAfter(header, at) : 0;
            return new UserAgent(agentKey, family, number(header, at), minor, os, device, buildKey);
        }
        if (os == OsFamily.IOS && header.contains("AppleWebKit/")) {
            return new UserAgent(agentKey, BrowserFamily.SAFARI, 0, 0, os, device, buildKey); // an in-app web view
        }
        return new UserAgent(agentKey, BrowserFamily.OTHER, 0, 0, os, device, buildKey);
    }

    /**
     * The header with every version number replaced by {@value #VERSION_MARK}: what stays is the build's
     * shape (browser, OS, device model, extra tokens). A version number is a numeric token (digits, with
     * '.' or '_' between digits) glued to no letter or digit on either side: {@code Chrome/145.0.0.0},
     * {@code Version/26.3}, {@code rv:147.0}, {@code OS 18_6}, {@code Android 14}. Digits inside a word
     * stay, since they name a thing rather than a release: {@code Win64}, {@code x86_64}, {@code SM-G991B},
     * {@code Mobile/15E148}. Runs only when the parse cache misses.
     */
    static String withoutVersions(String header) {
        StringBuilder shape = new StringBuilder(header.length());
        int i = 0;
        while (i < header.length()) {
            int end = isDigit(header, i) && !gluedBefore(header, i) ? versionEnd(header, i) : -1;
            if (end > 0 && !gluedAfter(header, end)) {
                shape.append(VERSION_MARK);
                i = end;
            } else {
                shape.append(header.charAt(i++));
            }
        }
        return shape.toString();
    }

    /** The end of the numeric token starting at {@code from}: digits, and '.' or '_' followed by a digit. */
    private static int versionEnd(String text, int from) {
        int i = from;
        while (isDigit(text, i) || (i + 1 < text.length() && isSeparator(text.charAt(i)) && isDigit(text, i + 1))) {
            i++;
        }
        return i;
    }

    private static boolean gluedBefore(String text, int at) {
        if (at == 0) {
            return false;
        }
        char c = text.charAt(at - 1);
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean gluedAfter(String text, int end) {
        return end < text.length() && Character.isLetter(text.charAt(end));
    }

    private static boolean isDigit(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_';
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

    /** The minor version of the "major.minor" number starting at {@code from}, or 0 if there is none. */
    private static int minorAfter(String text, int from) {
        int dot = from;
        while (isDigit(text, dot)) {
            dot++;
        }
        return dot < text.length() && text.charAt(dot) == '.' ? number(text, dot + 1) : 0;
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
