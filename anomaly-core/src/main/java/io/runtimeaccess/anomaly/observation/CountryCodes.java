package io.runtimeaccess.anomaly.observation;

/** Two-letter country codes packed into a table value (two chars in 16 bits); 0 is "unknown". */
public final class CountryCodes {

    private CountryCodes() {
    }

    public static int pack(String country) {
        if (country == null || country.length() != 2) {
            return 0;
        }
        return (Character.toUpperCase(country.charAt(0)) << 8) | (Character.toUpperCase(country.charAt(1)) & 0xFF);
    }

    public static String unpack(int code) {
        if (code == 0) {
            return "unknown";
        }
        return new String(new char[] {(char) ((code >>> 8) & 0xFF), (char) (code & 0xFF)});
    }
}
