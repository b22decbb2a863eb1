package io.runtimeaccess.anomaly.network;

/**
 * Where an IP address is, from an offline database.
 *
 * @param country     ISO 3166-1 alpha-2 code, or {@code null} if unknown
 * @param region      region or state, or {@code null}
 * @param city        city, or {@code null}
 * @param asn         autonomous system number, or 0 if unknown
 * @param asOrg       the AS organization's name, or {@code null}
 * @param latitude    degrees, or {@link Double#NaN} if unknown
 * @param longitude   degrees, or {@link Double#NaN} if unknown
 * @param hosting     the address belongs to a known VPN, proxy or datacenter range
 */
public record NetworkLocation(String country, String region, String city, long asn, String asOrg,
        double latitude, double longitude, boolean hosting) {

    public static final NetworkLocation UNKNOWN =
            new NetworkLocation(null, null, null, 0, null, Double.NaN, Double.NaN, false);

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
