package io.runtimeaccess.anomaly.device;

/**
 * What a User-Agent header says, at four levels from fine to coarse: the exact string (as a hash), the
 * browser version (family and major), the browser family and the platform (OS family and device type).
 * Each level's table value includes its parents' (a browser on Windows and the same browser on Android
 * are different values), so the levels nest like a tree.
 *
 * @param agentKey  32-bit hash of the whole header, never 0
 * @param browser   the browser family
 * @param major     the browser's major version, 0 if unknown (at most {@value #MAX_MAJOR})
 * @param os        the OS family
 * @param device    the device type
 */
public record UserAgent(int agentKey, BrowserFamily browser, int major, OsFamily os, DeviceType device) {

    public static final int MAX_MAJOR = 0xFFFF;

    private static final BrowserFamily[] BROWSERS = BrowserFamily.values();
    private static final OsFamily[] OSES = OsFamily.values();
    private static final DeviceType[] DEVICES = DeviceType.values();

    /** The platform level as a table value: OS and device type in 6 bits. */
    public int platformKey() {
        return platformKey(os, device);
    }

    /** The family level as a table value: the platform and the browser family (values are per platform). */
    public int familyKey() {
        return (platformKey() << 4) | browser.ordinal();
    }

    /** The browser level as a table value: the family key in the high half, the major version in the low half. */
    public int browserKey() {
        return (familyKey() << 16) | (major & MAX_MAJOR);
    }

    public static int platformKey(OsFamily os, DeviceType device) {
        return os.ordinal() * 8 + device.ordinal();
    }

    public static BrowserFamily familyOf(int browserKey) {
        return family(browserKey >>> 16);
    }

    /** The family key (platform and family) of a browser key. */
    public static int familyKeyOf(int browserKey) {
        return browserKey >>> 16;
    }

    public static int majorOf(int browserKey) {
        return browserKey & MAX_MAJOR;
    }

    /** The browser family of a family key. */
    public static BrowserFamily family(int familyKey) {
        int ordinal = familyKey & 0xF;
        return ordinal < BROWSERS.length ? BROWSERS[ordinal] : BrowserFamily.OTHER;
    }

    /** "Chrome 120" for a browser key. */
    public static String browserLabel(int browserKey) {
        int major = majorOf(browserKey);
        String family = familyOf(browserKey).label();
        return major == 0 ? family : family + " " + major;
    }

    /** "Windows desktop" for a platform key. */
    public static String platformLabel(int platformKey) {
        int os = platformKey / 8;
        int device = platformKey % 8;
        return (os < OSES.length ? OSES[os] : OsFamily.OTHER).label() + " "
                + (device < DEVICES.length ? DEVICES[device] : DeviceType.UNKNOWN).label();
    }
}
