package io.runtimeaccess.evaluation.generator;

/**
 * Browsers on their platforms, with the User-Agent headers they send today (Chrome's reduced header:
 * fixed platform version, {@code MAJOR.0.0.0}; Safari 26 freezes the iOS version at 18_6) and the columns
 * the RBA layout derives from them. Versions drift: each browser ships a new major version on its own
 * schedule, counted in days from the start of the simulation.
 */
public enum Agent {
    CHROME_WINDOWS("desktop"),
    EDGE_WINDOWS("desktop"),
    FIREFOX_WINDOWS("desktop"),
    CHROME_MAC("desktop"),
    SAFARI_MAC("desktop"),
    FIREFOX_MAC("desktop"),
    FIREFOX_LINUX("desktop"),
    SAFARI_IPHONE("mobile"),
    CHROME_IPHONE("mobile"),
    SAFARI_IPAD("tablet"),
    CHROME_ANDROID("mobile"),
    SAMSUNG_ANDROID("mobile"),
    CHROME_ANDROID_TABLET("tablet");

    private final String deviceType;

    Agent(String deviceType) {
        this.deviceType = deviceType;
    }

    /** The RBA layout's device type: desktop, mobile or tablet. */
    public String deviceType() {
        return deviceType;
    }

    public boolean mobile() {
        return !deviceType.equals("desktop");
    }

    /**
     * The browser's major version on a day (day 0 is the simulation's first): Chrome and Edge 144 and
     * Firefox 147 then a new major every 4 weeks; Safari 26 with a minor release every 6 weeks; Samsung
     * Internet 29 with a new major every 10 weeks.
     */
    public int major(int day) {
        int d = Math.max(day, -400);
        switch (this) {
            case SAFARI_MAC:
            case SAFARI_IPHONE:
            case SAFARI_IPAD:
                return 26;
            case FIREFOX_WINDOWS:
            case FIREFOX_MAC:
            case FIREFOX_LINUX:
                return 147 + Math.floorDiv(d, 28);
            case SAMSUNG_ANDROID:
                return 29 + Math.floorDiv(d, 70);
            default:
                return 144 + Math.floorDiv(d, 28);
        }
    }

    /** Safari's minor version on a day (26.2, then one more every 6 weeks); 0 for other browsers. */
    public int minor(int day) {
        switch (this) {
            case SAFARI_MAC:
            case SAFARI_IPHONE:
            case SAFARI_IPAD:
                return Math.max(0, 2 + Math.floorDiv(day, 42));
            default:
                return 0;
        }
    }

    /** The User-Agent header of this browser as updated on {@code day}. */
    public String header(int day) {
        int v = major(day);
        int m = minor(day);
        switch (this) {
            case CHROME_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + v
                        + ".0.0.0 Safari/537.36";
            case EDGE_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + v
                        + ".0.0.0 Safari/537.36 Edg/" + v + ".0.0.0";
            case FIREFOX_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:" + v + ".0) Gecko/20100101 Firefox/" + v + ".0";
            case CHROME_MAC:
                return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + v
                        + ".0.0.0 Safari/537.36";
            case SAFARI_MAC:
                return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
                        + v + "." + m + " Safari/605.1.15";
            case FIREFOX_MAC:
                return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:" + v + ".0) Gecko/20100101 Firefox/" + v + ".0";
            case FIREFOX_LINUX:
                return "Mozilla/5.0 (X11; Linux x86_64; rv:" + v + ".0) Gecko/20100101 Firefox/" + v + ".0";
            case SAFARI_IPHONE:
                return "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/" + v + "." + m + " Mobile/15E148 Safari/604.1";
            case CHROME_IPHONE:
                return "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " CriOS/" + v + ".0.0.0 Mobile/15E148 Safari/604.1";
            case SAFARI_IPAD:
                return "Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
                        + v + "." + m + " Mobile/15E148 Safari/604.1";
            case CHROME_ANDROID:
                return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + v
                        + ".0.0.0 Mobile Safari/537.36";
            case SAMSUNG_ANDROID:
                return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/" + v
                        + ".0 Chrome/136.0.0.0 Mobile Safari/537.36";
            default:
                return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + v
                        + ".0.0.0 Safari/537.36";
        }
    }

    /** The RBA layout's "Browser Name and Version", e.g. {@code Chrome 144.0.0}. */
    public String browser(int day) {
        int v = major(day);
        switch (this) {
            case CHROME_WINDOWS:
            case CHROME_MAC:
                return "Chrome " + v + ".0.0";
            case EDGE_WINDOWS:
                return "Edge " + v + ".0.0";
            case FIREFOX_WINDOWS:
            case FIREFOX_MAC:
            case FIREFOX_LINUX:
                return "Firefox " + v + ".0";
            case SAFARI_MAC:
                return "Safari " + v + "." + minor(day);
            case SAFARI_IPHONE:
            case SAFARI_IPAD:
                return "Mobile Safari " + v + "." + minor(day);
            case CHROME_IPHONE:
                return "Chrome Mobile iOS " + v + ".0.0";
            case SAMSUNG_ANDROID:
                return "Samsung Internet " + v + ".0";
            case CHROME_ANDROID:
                return "Chrome Mobile " + v + ".0.0";
            default:
                return "Chrome " + v + ".0.0";
        }
    }

    /** The RBA layout's "OS Name and Version". */
    public String os() {
        switch (this) {
            case CHROME_WINDOWS:
            case EDGE_WINDOWS:
            case FIREFOX_WINDOWS:
                return "Windows 10";
            case CHROME_MAC:
            case SAFARI_MAC:
                return "Mac OS X 10.15.7";
            case FIREFOX_MAC:
                return "Mac OS X 10.15";
            case FIREFOX_LINUX:
                return "Linux";
            case SAFARI_IPHONE:
            case CHROME_IPHONE:
            case SAFARI_IPAD:
                return "iOS 18.6";
            default:
                return "Android 10";
        }
    }

    /** How often people use each, roughly (desktop kinds for laptops, the rest for phones and tablets). */
    static final Agent[] DESKTOPS = {CHROME_WINDOWS, EDGE_WINDOWS, FIREFOX_WINDOWS, CHROME_MAC, SAFARI_MAC, FIREFOX_MAC,
        FIREFOX_LINUX};
    static final double[] DESKTOP_SHARE = {0.46, 0.15, 0.08, 0.12, 0.12, 0.03, 0.04};
    static final Agent[] PHONES = {SAFARI_IPHONE, CHROME_IPHONE, CHROME_ANDROID, SAMSUNG_ANDROID};
    static final double[] PHONE_SHARE = {0.42, 0.06, 0.40, 0.12};
    static final Agent[] TABLETS = {SAFARI_IPAD, CHROME_ANDROID_TABLET};
    static final double[] TABLET_SHARE = {0.75, 0.25};
}
