package io.runtimeaccess.evaluation.world;

import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Locates addresses the way the rows of an RBA file say they are located: each row names the country,
 * region, city and ASN of its IP, and the replay {@linkplain #register registers} it just before the
 * row is scored. The rows have no coordinates, so they come from the {@link World} table: the city's
 * when the table knows it, else the country's main city (country level), else none. The hosting flag
 * comes from the table's hosting and VPN providers by ASN; the AS organization's name from the table
 * when known. The mobile-carrier flag comes from the table's carriers by ASN; for an ASN the table does
 * not know (a real RBA file's), from the rows' {@code Device Type} column: an ASN from which, after
 * {@value #CARRIER_MIN_ROWS} rows, almost nothing but phones and tablets signs in (a share of desktops of
 * at most {@value #CARRIER_MAX_DESKTOP_SHARE}, tethered laptops) is taken for a mobile carrier: fixed
 * lines carry desktops too. A heuristic, not tested on a real file.
 *
 * <p>Memory is bounded: the most recent {@code capacity} addresses are kept (the real RBA file has
 * millions of distinct addresses, and an address is always registered right before it is looked up).
 */
public final class RowLocator implements IpLocator {

    /** Rows (with a known device type) an unknown ASN needs before it can be taken for a carrier. */
    static final int CARRIER_MIN_ROWS = 50;

    /** Share of desktop rows up to which an unknown ASN is taken for a carrier. */
    static final double CARRIER_MAX_DESKTOP_SHARE = 0.1;

    private static final int MAX_PLACES = 200_000;

    private final World world;
    private final Map<String, NetworkLocation> byIp;
    private final Map<String, NetworkLocation> byPlace = new HashMap<>();
    /** Per ASN the table does not know: rows with a known device type, and of them desktops. */
    private final Map<Long, long[]> devicesByAsn = new HashMap<>();
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

    /** Records where a sign-in row says its address is, and what kind of device signed in (RBA's Device Type). */
    public void register(String ip, String country, String region, String city, long asn, String deviceType) {
        countDevice(asn, deviceType);
        register(ip, country, region, city, asn);
    }

    /** Records where a row says its address is. */
    public void register(String ip, String country, String region, String city, long asn) {
        if (ip == null) {
            return;
        }
        boolean mobile = isCarrier(asn);
        String placeKey = country + "|" + region + "|" + city + "|" + asn + "|" + mobile;
        NetworkLocation location = byPlace.get(placeKey);
        if (location == null) {
            location = resolve(country, region, city, asn, mobile);
            if (byPlace.size() < MAX_PLACES) {
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

    /** A mobile carrier by the table, or for an ASN the table does not know, by the devices signing in from it. */
    private boolean isCarrier(long asn) {
        Network network = asn == 0 ? null : world.network(asn);
        if (network != null) {
            return network.mobile();
        }
        long[] devices = devicesByAsn.get(asn);
        return devices != null && devices[0] >= CARRIER_MIN_ROWS
                && devices[1] <= CARRIER_MAX_DESKTOP_SHARE * devices[0];
    }

    private void countDevice(long asn, String deviceType) {
        boolean desktop = "desktop".equalsIgnoreCase(deviceType);
        boolean handheld = "mobile".equalsIgnoreCase(deviceType) || "tablet".equalsIgnoreCase(deviceType);
        if (asn == 0 || !(desktop || handheld) || world.network(asn) != null) {
            return; // bots and unknown devices say nothing; the table already knows its own networks
        }
        long[] devices = devicesByAsn.get(asn);
        if (devices == null) {
            if (devicesByAsn.size() >= MAX_PLACES) {
                return;
            }
            devices = new long[2];
            devicesByAsn.put(asn, devices);
        }
        devices[0]++;
        if (desktop) {
            devices[1]++;
        }
    }

    private NetworkLocation resolve(String country, String region, String city, long asn, boolean mobile) {
        String cc = country == null || country.isBlank() || country.equals("-") ? null : country.trim();
        Network network = asn == 0 ? null : world.network(asn);
        boolean hosting = network != null && network.hosting();
        String organization = network == null ? null : network.name();
        City known = world.city(cc, city);
        if (known != null) {
            return new NetworkLocation(cc, region, city, asn, organization, known.latitude(), known.longitude(),
                    hosting, mobile);
        }
        City main = world.mainCity(cc);
        double lat = main == null ? Double.NaN : main.latitude();
        double lon = main == null ? Double.NaN : main.longitude();
        return new NetworkLocation(cc, blankToNull(region), blankToNull(city), asn, organization, lat, lon, hosting,
                mobile);
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
