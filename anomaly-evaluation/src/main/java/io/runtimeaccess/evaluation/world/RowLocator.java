package io.runtimeaccess.evaluation.world;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.network.NetworkLocation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Locates addresses the way the rows of an RBA file say they are located: each row names the country,
 * region, city and ASN of its IP, and the replay {@linkplain #register registers} it just before the
 * row is scored. The rows have no coordinates, so they come from the {@link World} table: the city's
 * when the table knows it, else the country's main city (country level), else none. The hosting flag
 * comes from the table's hosting and VPN providers by ASN; the AS organization's name from the table
 * when known.
 *
 * <p>Memory is bounded: the most recent {@code capacity} addresses are kept (the real RBA file has
 * millions of distinct addresses, and an address is always registered right before it is looked up).
 */
public final class RowLocator implements IpLocator {

    private final World world;
    private final Map<String, NetworkLocation> byIp;
    private final Map<String, NetworkLocation> byPlace = new HashMap<>();
    private long cityLevel;
    private long countryLevel;
    private long unknown;

    public RowLocator(World world, int capacity) {
        this.world = world;
        this.byIp = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NetworkLocation> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records where a row says its address is. */
    public void register(String ip, String country, String region, String city, long asn) {
        if (ip == null) {
            return;
        }
        String placeKey = country + "|" + region + "|" + city + "|" + asn;
        NetworkLocation location = byPlace.get(placeKey);
        if (location == null) {
            location = resolve(country, region, city, asn);
            if (byPlace.size() < 200_000) {
                byPlace.put(placeKey, location);
            }
        }
        if (location.hasCoordinates()) {
            if (location.city() != null && world.city(country, city) != null) {
                cityLevel++;
            } else {
                countryLevel++;
            }
        } else {
            unknown++;
        }
        byIp.put(ip, location);
    }

    private NetworkLocation resolve(String country, String region, String city, long asn) {
        String cc = country == null || country.isBlank() || country.equals("-") ? null : country.trim();
        Network network = asn == 0 ? null : world.network(asn);
        boolean hosting = network != null && network.hosting();
        String organization = network == null ? null : network.name();
        City known = world.city(cc, city);
        if (known != null) {
            return new NetworkLocation(cc, region, city, asn, organization, known.latitude(), known.longitude(), hosting);
        }
        City main = world.mainCity(cc);
        double lat = main == null ? Double.NaN : main.latitude();
        double lon = main == null ? Double.NaN : main.longitude();
        return new NetworkLocation(cc, blankToNull(region), blankToNull(city), asn, organization, lat, lon, hosting);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("-") ? null : s;
    }

    @Override
    public NetworkLocation locate(String ip) {
        NetworkLocation location = ip == null ? null : byIp.get(ip);
        return location == null ? NetworkLocation.UNKNOWN : location;
    }

    /** Registrations whose coordinates came from the city, from the country, or were missing. */
    public long[] resolutionCounts() {
        return new long[] {cityLevel, countryLevel, unknown};
    }
}
