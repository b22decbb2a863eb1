package io.runtimeaccess.evaluation.rba;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;

/** The RBA dataset's CSV conventions: column names, booleans and timestamps. */
public final class RbaCsv {

    public static final String INDEX = "index";
    public static final String TIMESTAMP = "Login Timestamp";
    public static final String USER_ID = "User ID";
    public static final String RTT = "Round-Trip Time [ms]";
    public static final String IP = "IP Address";
    public static final String COUNTRY = "Country";
    public static final String REGION = "Region";
    public static final String CITY = "City";
    public static final String ASN = "ASN";
    public static final String USER_AGENT = "User Agent String";
    public static final String BROWSER = "Browser Name and Version";
    public static final String OS = "OS Name and Version";
    public static final String DEVICE_TYPE = "Device Type";
    public static final String SUCCESS = "Login Successful";
    public static final String ATTACK_IP = "Is Attack IP";
    public static final String TAKEOVER = "Is Account Takeover";

    /** The columns in the order of the public release. */
    public static final List<String> COLUMNS = List.of(INDEX, TIMESTAMP, USER_ID, RTT, IP, COUNTRY, REGION, CITY, ASN,
            USER_AGENT, BROWSER, OS, DEVICE_TYPE, SUCCESS, ATTACK_IP, TAKEOVER);

    /** {@code 2020-02-03 12:43:30.772}; the fraction is optional on reading (one to nine digits). */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private RbaCsv() {
    }

    /** Reads a timestamp as UTC (the release gives no zone). A 'T' between date and time is accepted too. */
    public static long parseTimestamp(String text) {
        long fast = fastParse(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        String t = text.trim();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10) + ' ' + t.substring(11);
        }
        return LocalDateTime.parse(t, READ).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** {@code yyyy-MM-dd HH:mm:ss[.f{1,3}]} without allocating; {@code Long.MIN_VALUE} for anything else. */
    private static long fastParse(String t) {
        int n = t.length();
        if (n < 19 || n > 23 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' ' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || (n > 19 && (t.charAt(19) != '.' || n == 20))) {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int millis = 0;
        if (n > 20) {
            int fraction = digits(t, 20, n - 20);
            millis = n == 21 ? fraction * 100 : n == 22 ? fraction * 10 : fraction;
            if (fraction < 0) {
                return Long.MIN_VALUE;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static String formatTimestamp(long millis) {
        return WRITE.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }

    /** {@code True}/{@code False} as written by pandas; {@code true}, {@code 1} and {@code yes} are accepted too. */
    public static boolean parseBoolean(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return t.equalsIgnoreCase("true") || t.equals("1") || t.equalsIgnoreCase("yes");
    }

    public static String formatBoolean(boolean value) {
        return value ? "True" : "False";
    }
}
