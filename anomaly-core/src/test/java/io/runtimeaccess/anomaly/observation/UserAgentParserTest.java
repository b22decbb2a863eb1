package io.runtimeaccess.anomaly.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserAgentParserTest {

    private static void parses(String header, BrowserFamily browser, int major, OsFamily os, DeviceType device) {
        UserAgent agent = UserAgentParser.parse(header);
        assertEquals(browser, agent.browser(), header);
        assertEquals(major, agent.major(), header);
        assertEquals(os, agent.os(), header);
        assertEquals(device, agent.device(), header);
    }

    @Test
    void readsTheCommonBrowsers() {
        parses("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                BrowserFamily.CHROME, 120, OsFamily.WINDOWS, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
                BrowserFamily.EDGE, 120, OsFamily.WINDOWS, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
                BrowserFamily.FIREFOX, 121, OsFamily.LINUX, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
                BrowserFamily.SAFARI, 17, OsFamily.MACOS, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
                BrowserFamily.SAFARI, 17, OsFamily.IOS, DeviceType.MOBILE);
        parses("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/119.0.6045.169 Mobile/15E148 Safari/604.1",
                BrowserFamily.CHROME, 119, OsFamily.IOS, DeviceType.TABLET);
        parses("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
                BrowserFamily.CHROME, 120, OsFamily.ANDROID, DeviceType.MOBILE);
        parses("Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36",
                BrowserFamily.SAMSUNG, 23, OsFamily.ANDROID, DeviceType.TABLET);
        parses("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0",
                BrowserFamily.OPERA, 106, OsFamily.WINDOWS, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
                BrowserFamily.INTERNET_EXPLORER, 11, OsFamily.WINDOWS, DeviceType.DESKTOP);
        parses("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                BrowserFamily.CHROME, 120, OsFamily.CHROME_OS, DeviceType.DESKTOP);
    }

    @Test
    void scriptsAndCrawlersAreBots() {
        parses("python-requests/2.31.0", BrowserFamily.SCRIPT, 2, OsFamily.OTHER, DeviceType.BOT);
        parses("curl/8.4.0", BrowserFamily.SCRIPT, 8, OsFamily.OTHER, DeviceType.BOT);
        parses("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", BrowserFamily.SCRIPT, 5,
                OsFamily.OTHER, DeviceType.BOT);
    }

    @Test
    void oddHeadersDoNotBreakIt() {
        parses("", BrowserFamily.OTHER, 0, OsFamily.OTHER, DeviceType.UNKNOWN);
        parses("Chrome/", BrowserFamily.CHROME, 0, OsFamily.OTHER, DeviceType.UNKNOWN);
        parses("Chrome/99999999999", BrowserFamily.CHROME, 65535, OsFamily.OTHER, DeviceType.UNKNOWN);
        assertEquals("Chrome 120", UserAgent.browserLabel(UserAgentParser.parse("Chrome/120 (Windows)").browserKey()));
    }

    @Test
    void theCacheIsBoundedAndReturnsTheSameParse() {
        UserAgentCache cache = new UserAgentCache(16);
        UserAgent first = cache.get("curl/8.4.0");
        assertSame(first, cache.get(new String("curl/8.4.0")));
        for (int i = 0; i < 1000; i++) {
            cache.get("agent/" + i);
        }
        assertEquals(16, cache.size());
        assertNull(cache.get(null));
        assertNotEquals(UserAgentParser.parse("a").agentKey(), UserAgentParser.parse("b").agentKey());
    }

    private static final String SAFARI_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/%s Safari/605.1.15";
    private static final String CHROME_ANDROID = "Mozilla/5.0 (Linux; Android %s; %s) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36";

    private static boolean sameBuild(String a, String b) {
        return UserAgentParser.parse(a).headerKey() >>> 16 == UserAgentParser.parse(b).headerKey() >>> 16;
    }

    @Test
    void safarisMinorVersionIsPartOfItsVersionLevel() {
        UserAgent safari = UserAgentParser.parse(String.format(SAFARI_MAC, "26.3"));
        assertEquals(26, safari.major());
        assertEquals(3, safari.minor());
        assertEquals("Safari 26.3", UserAgent.browserLabel(safari.browserKey()));
        assertEquals(26, UserAgent.majorOf(safari.browserKey()));
        assertNotEquals(safari.browserKey(), UserAgentParser.parse(String.format(SAFARI_MAC, "26.2")).browserKey());
        assertEquals(safari.browserKey(), UserAgentParser.parse(String.format(SAFARI_MAC, "26.3.1")).browserKey(),
                "a patch release is below the version level");
        UserAgent noMinor = UserAgentParser.parse(String.format(SAFARI_MAC, "26"));
        assertEquals("Safari 26.0", UserAgent.browserLabel(noMinor.browserKey()));
        // Chrome's minor is always 0: its releases are majors
        UserAgent chrome = UserAgentParser.parse(String.format(CHROME_ANDROID, "10", "K", "144.0.0.0"));
        assertEquals(144, UserAgent.versionOf(chrome.browserKey()));
        assertFalse(chrome.versionHasMinor());
    }

    @Test
    void aSafariKeyLearnedWithItsMajorAloneOrdersAsThatMajorsFirstRelease() {
        UserAgent safari = UserAgentParser.parse(String.format(SAFARI_MAC, "26.3"));
        int majorOnly = safari.majorOnlyBrowserKey();
        assertEquals("Safari 26", UserAgent.browserLabel(majorOnly));
        assertEquals(2600, UserAgent.comparableVersion(majorOnly));
        assertEquals(2603, UserAgent.comparableVersion(safari.browserKey()));
    }

    @Test
    void headersThatDifferOnlyInVersionNumbersAreOneBuild() {
        assertTrue(sameBuild(String.format(SAFARI_MAC, "26.2"), String.format(SAFARI_MAC, "26.3")));
        assertTrue(sameBuild(String.format(CHROME_ANDROID, "14", "Pixel 7", "120.0.6099.110"),
                String.format(CHROME_ANDROID, "15", "Pixel 7", "121.0.6167.85")), "browser and OS updated");
        assertNotEquals(UserAgentParser.parse(String.format(SAFARI_MAC, "26.2")).headerKey(),
                UserAgentParser.parse(String.format(SAFARI_MAC, "26.3")).headerKey(), "the exact header still differs");
        assertEquals("Mozilla/# (Linux; Android #; SM-G991B) AppleWebKit/# (KHTML, like Gecko) Chrome/# Mobile Safari/#",
                UserAgentParser.withoutVersions(String.format(CHROME_ANDROID, "14", "SM-G991B", "120.0.6099.110")));
        assertEquals("Mozilla/# (X11; Linux x86_64; rv:#) Gecko/# Firefox/#",
                UserAgentParser.withoutVersions("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"));
        assertEquals("Mozilla/# (iPhone; CPU iPhone OS # like Mac OS X) Version/# Mobile/15E148 Safari/#",
                UserAgentParser.withoutVersions(
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) Version/26.2 Mobile/15E148 Safari/604.1"));
    }

    @Test
    void anotherDeviceModelOrPlatformVariantIsAnotherBuild() {
        assertFalse(sameBuild(String.format(CHROME_ANDROID, "14", "SM-G991B", "120.0.0.0"),
                String.format(CHROME_ANDROID, "14", "SM-G998B", "120.0.0.0")), "digits inside a model name stay");
        assertFalse(sameBuild(String.format(CHROME_ANDROID, "14", "Pixel 7", "120.0.0.0"),
                String.format(CHROME_ANDROID, "14", "K", "120.0.0.0")));
        assertFalse(sameBuild(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"));
    }
}
