package io.runtimeaccess.anomaly.observation;

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
 * @param mobile      the address belongs to a mobile carrier (carrier-grade NAT). Its location is the
 *                    carrier's gateway, and a phone roaming abroad still leaves through its home carrier's
 *                    gateways at home, so it does not say where the person is
 */
public record NetworkLocation(String country, String region, String city, long asn, String asOrg,
        double latitude, double longitude, boolean hosting, boolean mobile) {

    public static final NetworkLocation UNKNOWN =
            new NetworkLocation(null, null, null, 0, null, Double.NaN, Double.NaN, false, false);

    /** A location whose network is not known to be a mobile carrier. */
    public NetworkLocation(String country, String region, String city, long asn, String asOrg, double latitude,
            double longitude, boolean hosting) {
        this(country, region, city, asn, asOrg, latitude, longitude, hosting, false);
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
