package io.runtimeaccess.anomaly.support;

import java.util.Random;

/** Realistic User-Agent headers by browser, platform and version. */
public final class Agents {

    public enum Kind { CHROME_WINDOWS, CHROME_MAC, EDGE_WINDOWS, FIREFOX_WINDOWS, FIREFOX_LINUX, SAFARI_MAC, SAFARI_IPHONE,
        CHROME_ANDROID, SAMSUNG_ANDROID }

    /** Share of users of each kind (roughly a European realm). */
    private static final double[] POPULARITY = {0.34, 0.08, 0.10, 0.07, 0.02, 0.07, 0.16, 0.12, 0.04};

    private Agents() {
    }

    public static Kind popular(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < POPULARITY.length; i++) {
            r -= POPULARITY[i];
            if (r < 0) {
                return Kind.values()[i];
            }
        }
        return Kind.CHROME_WINDOWS;
    }

    /** Current major version of the kind's browser at day {@code day} (browsers release every ~4-6 weeks). */
    public static int currentMajor(Kind kind, int day) {
        switch (kind) {
            case SAFARI_MAC:
            case SAFARI_IPHONE:
                return 16 + day / 120;
            case FIREFOX_WINDOWS:
            case FIREFOX_LINUX:
                return 118 + day / 28;
            case SAMSUNG_ANDROID:
                return 22 + day / 60;
            default:
                return 118 + day / 30;
        }
    }

    public static String header(Kind kind, int major, int build) {
        switch (kind) {
            case CHROME_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                        + ".0." + (6000 + major * 10) + "." + build + " Safari/537.36";
            case CHROME_MAC:
                return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"
                        + major + ".0." + (6000 + major * 10) + "." + build + " Safari/537.36";
            case EDGE_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                        + ".0.0.0 Safari/537.36 Edg/" + major + ".0." + (2000 + major) + "." + build;
            case FIREFOX_WINDOWS:
                return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:" + major + ".0) Gecko/20100101 Firefox/" + major + ".0";
            case FIREFOX_LINUX:
                return "Mozilla/5.0 (X11; Linux x86_64; rv:" + major + ".0) Gecko/20100101 Firefox/" + major + ".0";
            case SAFARI_MAC:
                return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
                        + major + "." + (build % 6) + " Safari/605.1.15";
            case SAFARI_IPHONE:
                return "Mozilla/5.0 (iPhone; CPU iPhone OS " + major + "_" + (build % 6)
                        + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/" + major + "." + (build % 6)
                        + " Mobile/15E148 Safari/604.1";
            case CHROME_ANDROID:
                return "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" + major
                        + ".0." + (6000 + major * 10) + "." + build + " Mobile Safari/537.36";
            default:
                return "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/"
                        + major + ".0 Chrome/115.0.0.0 Mobile Safari/537.36";
        }
    }

    public static boolean mobile(Kind kind) {
        return kind == Kind.SAFARI_IPHONE || kind == Kind.CHROME_ANDROID || kind == Kind.SAMSUNG_ANDROID;
    }
}
