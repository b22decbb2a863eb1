package io.runtimeaccess.anomaly.score;

/**
 * The names used in {@link io.runtimeaccess.anomaly.finding.Reason#evidence()}. They are part of the
 * output contract: a dismissal reads the seen values back from them, so an assessment stays
 * dismissible after a restart.
 */
public final class Evidence {

    public static final String COUNTRY = "country";
    public static final String USUAL_COUNTRIES = "usualCountries";
    public static final String ASN = "asn";
    public static final String AS_ORG = "asOrg";
    public static final String USUAL_ASNS = "usualAsns";
    public static final String NETWORK = "network";
    public static final String USUAL_NETWORKS = "usualNetworks";
    public static final String IP = "ip";
    public static final String VPN_OR_DATACENTER = "vpnOrDatacenter";
    public static final String USER_AGENT = "userAgent";
    public static final String BROWSER = "browser";
    public static final String USUAL_BROWSERS = "usualBrowsers";
    public static final String PLATFORM = "platform";
    public static final String USUAL_PLATFORMS = "usualPlatforms";
    public static final String HOUR = "hourUtc";
    public static final String USUAL_HOURS = "usualHoursUtc";
    public static final String WEEKDAY = "weekday";
    public static final String USUAL_WEEKDAYS = "usualWeekdays";
    public static final String SIGN_INS_LEARNED = "signInsLearned";
    public static final String DEVICE_ID = "deviceId";
    public static final String KNOWN_DEVICE_IDS = "knownDeviceIds";
    public static final String DEVICE_ID_SIGN_INS = "deviceIdSignIns";
    public static final String KNOWN_DEVICE_DISCOUNT_BITS = "knownDeviceDiscountBits";
    public static final String SURPRISE_BITS = "surpriseBits";
    /** "true" on a reason that adds to other evidence but makes no finding alone (an unusual time). */
    public static final String CORROBORATING_ONLY = "corroboratingOnly";
    public static final String REALM_SHARE = "realmShare";
    /** A first sign-in's network (ASN) share of the realm's sign-ins from its country, beside {@link #REALM_SHARE}. */
    public static final String ASN_SHARE_IN_COUNTRY = "asnShareInCountry";
    public static final String PAIRED_DISCOUNT_BITS = "pairedDiscountBits";
    public static final String PREVIOUS_COUNTRY = "previousCountry";
    public static final String PREVIOUS_SIGN_IN = "previousSignIn";
    public static final String DISTANCE_KM = "distanceKm";
    public static final String HOURS_BETWEEN = "hoursBetween";
    public static final String SPEED_KMH = "speedKmh";
    public static final String SOURCE = "source";
    public static final String SOURCE_KIND = "sourceKind";
    public static final String FAILING_USERS = "failingUsers";
    public static final String UNKNOWN_USERNAMES = "unknownUsernames";
    public static final String USUAL_FAILING_USERS = "usualFailingUsers";
    public static final String WINDOW_SECONDS = "windowSeconds";
    public static final String USERNAME = "username";
    public static final String FAILURES = "failures";
    public static final String FAILING_IPS = "failingIps";
    public static final String REALM_FAILURES = "realmFailures";
    public static final String USUAL_REALM_FAILURES = "usualRealmFailures";
    public static final String UNFAMILIAR_FAILURES = "unfamiliarFailures";
    public static final String EXPECTED_UNFAMILIAR_FAILURES = "expectedUnfamiliarFailures";
    public static final String REALM_ATTEMPTS = "realmAttempts";
    public static final String CAMPAIGN_SECONDS = "campaignSeconds";
    public static final String SESSION_COUNTRY = "sessionCountry";
    public static final String SESSION_ASN = "sessionAsn";
    /** The browser family and platform the session signed in with (when a token request came from another). */
    public static final String SESSION_BROWSER = "sessionBrowser";
    public static final String TOKEN_EVENT = "tokenEvent";
    public static final String GRANTED = "granted";
    public static final String TARGET_USER = "targetUser";
    public static final String ADMIN_NETWORK = "adminNetwork";
    public static final String USUAL_ADMIN_NETWORKS = "usualAdminNetworks";
    public static final String SELF_GRANTED = "selfGranted";
    public static final String CHANGES = "changes";
    public static final String USUAL_PEAK = "usualPeak";
    public static final String BY_OPERATION = "byOperation";
    public static final String CREATES = "creates";
    public static final String DELETES = "deletes";
    public static final String ACCESS_CHANGES = "accessChanges";
    /** What a bulk burst was judged on: "changes" (all together), "creates", "deletes" or "role/group changes". */
    public static final String BURST_OF = "burstOf";
    /** Audit tampering: the realm setting that was weakened, its value before and after, all settings weakened. */
    public static final String SETTING = "setting";
    public static final String BEFORE = "before";
    public static final String AFTER = "after";
    public static final String CHANGED_SETTINGS = "changedSettings";
    public static final String ADMIN_USER = "adminUser";

    private Evidence() {
    }

    /** "AS3320". */
    public static String asn(int asn) {
        return "AS" + Integer.toUnsignedString(asn);
    }

    /** Reads {@link #asn(int)} back; -1 if it is not one. */
    public static long parseAsn(String text) {
        if (text == null) {
            return -1;
        }
        String digits = text.startsWith("AS") ? text.substring(2) : text;
        try {
            return Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "4.1": one decimal (without String.format, which is slow for something done per finding). */
    public static String bits(double bits) {
        return decimals(bits, 10);
    }

    /** "4.1": one decimal. */
    public static String oneDecimal(double value) {
        return decimals(value, 10);
    }

    /** "0.25": two decimals. */
    public static String twoDecimals(double value) {
        return decimals(value, 100);
    }

    /** "12.25%". */
    public static String percent(double share) {
        return decimals(100 * share, 100) + "%";
    }

    private static String decimals(double value, int scale) {
        long scaled = Math.round(value * scale);
        String sign = scaled < 0 ? "-" : "";
        scaled = Math.abs(scaled);
        String fraction = Long.toString(scaled % scale);
        while (fraction.length() < Integer.toString(scale).length() - 1) {
            fraction = "0" + fraction;
        }
        return sign + scaled / scale + "." + fraction;
    }
}
