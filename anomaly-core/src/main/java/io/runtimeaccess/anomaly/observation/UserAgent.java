package io.runtimeaccess.anomaly.observation;

/**
 * What a User-Agent header says, at four levels from fine to coarse: the exact header (as a hash), the
 * browser version, the browser family and the platform (OS family and device type). Each level's table
 * value includes its parents' (a browser on Windows and the same browser on Android are different
 * values), so the levels nest like a tree.
 *
 * <p>The version level is the major version, except for Safari, which ships its releases as minor
 * versions ({@code Version/26.2} → {@code 26.3}, one major a year): there it is major and minor, so a
 * Safari update is judged as an update and an older Safari as a downgrade, like Chrome's majors. The
 * other version numbers (a patch build, the OS version) change with updates too, so the exact header's
 * key ({@link #headerKey}) carries its build, the header with its version numbers masked: a header that
 * differs from a known one only in version numbers shows as an update of a known build.
 *
 * @param agentKey  32-bit hash of the whole header, never 0 (a spray source is the exact header)
 * @param browser   the browser family
 * @param major     the browser's major version, 0 if unknown (at most {@value #MAX_MAJOR})
 * @param minor     the minor version where it is part of the version level (Safari), else 0
 * @param os        the OS family
 * @param device    the device type
 * @param buildKey  32-bit hash of the header with its version numbers masked (its build), never 0
 */
public record UserAgent(int agentKey, BrowserFamily browser, int major, int minor, OsFamily os, DeviceType device,
        int buildKey) {

    public static final int MAX_MAJOR = 0xFFFF;

    /** A version level with a minor is major × this + minor (so minors up to 99). */
    public static final int MINOR_SCALE = 100;

    /** The largest major whose version level with a minor still fits the 16 bits of a browser key. */
    static final int MAX_MAJOR_WITH_MINOR = MAX_MAJOR / MINOR_SCALE - 1;

    private static final int LOWER_HALF = 0xFFFF;

    private static final BrowserFamily[] BROWSERS = BrowserFamily.values();
    private static final OsFamily[] OSES = OsFamily.values();
    private static final DeviceType[] DEVICES = DeviceType.values();

    /** Browsers whose releases are minor versions: their version level includes the minor. */
    public static boolean minorReleases(BrowserFamily family) {
        return family == BrowserFamily.SAFARI;
    }

    /** The version level: the major version, or for Safari major × {@value #MINOR_SCALE} + minor. */
    public int version() {
        if (!minorReleases(browser) || major == 0) {
            return major;
        }
        return Math.min(major, MAX_MAJOR_WITH_MINOR) * MINOR_SCALE + Math.min(minor, MINOR_SCALE - 1);
    }

    /**
     * The finest level's table value: the build key's upper half over the exact header's lower half.
     * Equal values are the same header; equal upper halves the same build with other version numbers.
     * A user holds {@link io.runtimeaccess.anomaly.state.Level#AGENT}'s 5 such values, so another build
     * passes for a known one by chance about once in 13,000.
     */
    public int headerKey() {
        int key = (buildKey & ~LOWER_HALF) | (agentKey & LOWER_HALF);
        return key == 0 ? 1 : key;
    }

    /** The version level includes a minor version. */
    public boolean versionHasMinor() {
        return version() != major;
    }

    /** The platform level as a table value: OS and device type in 6 bits. */
    public int platformKey() {
        return platformKey(os, device);
    }

    /** The family level as a table value: the platform and the browser family (values are per platform). */
    public int familyKey() {
        return (platformKey() << 4) | browser.ordinal();
    }

    /** The browser level as a table value: the family key in the high half, the version level in the low half. */
    public int browserKey() {
        return browserKey(familyKey(), version());
    }

    /**
     * The browser key with the major version alone, as profiles learned before Safari's minor joined the
     * version level hold it.
     */
    public int majorOnlyBrowserKey() {
        return browserKey(familyKey(), major);
    }

    private static int browserKey(int familyKey, int version) {
        return (familyKey << 16) | (version & MAX_MAJOR);
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

    /** The version level of a browser key. */
    public static int versionOf(int browserKey) {
        return browserKey & MAX_MAJOR;
    }

    /** The major version of a browser key. */
    public static int majorOf(int browserKey) {
        int version = versionOf(browserKey);
        return hasMinor(browserKey) ? version / MINOR_SCALE : version;
    }

    /**
     * The version level of a browser key in today's terms, to order versions of one family: a Safari key
     * learned with its major alone counts as that major's first release.
     */
    public static int comparableVersion(int browserKey) {
        int version = versionOf(browserKey);
        boolean majorAlone = minorReleases(familyOf(browserKey)) && version > 0 && version < MINOR_SCALE;
        return majorAlone ? version * MINOR_SCALE : version;
    }

    private static boolean hasMinor(int browserKey) {
        return minorReleases(familyOf(browserKey)) && versionOf(browserKey) >= MINOR_SCALE;
    }

    /** The browser family of a family key. */
    public static BrowserFamily family(int familyKey) {
        int ordinal = familyKey & 0xF;
        return ordinal < BROWSERS.length ? BROWSERS[ordinal] : BrowserFamily.OTHER;
    }

    /** "Chrome 120" or "Safari 26.3" for a browser key. */
    public static String browserLabel(int browserKey) {
        String family = familyOf(browserKey).label();
        int version = versionOf(browserKey);
        return version == 0 ? family : family + " " + versionLabel(browserKey);
    }

    /** "120" or "26.3" for a browser key. */
    public static String versionLabel(int browserKey) {
        int version = versionOf(browserKey);
        return hasMinor(browserKey) ? version / MINOR_SCALE + "." + version % MINOR_SCALE : Integer.toString(version);
    }

    /** "Windows desktop" for a platform key. */
    public static String platformLabel(int platformKey) {
        int os = platformKey / 8;
        int device = platformKey % 8;
        return (os < OSES.length ? OSES[os] : OsFamily.OTHER).label() + " "
                + (device < DEVICES.length ? DEVICES[device] : DeviceType.UNKNOWN).label();
    }
}
