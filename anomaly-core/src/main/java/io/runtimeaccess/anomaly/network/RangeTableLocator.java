package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An offline IPv4 and IPv6 locator over range tables in the CSV layouts of the ip-location-db project: country
 * ({@code start,end,country}), ASN ({@code start,end,asn,organization}) and city
 * ({@code start,end,country,state1,state2,city,postcode,latitude,longitude,timezone}, as in its
 * dbip-city tables). Only the city table has coordinates, which the travel detection needs. The tables
 * are sorted arrays searched by binary search, so a lookup allocates only its result. A file may hold
 * rows of either family (the project ships them as separate -ipv4 and -ipv6 files); IPv6 is located by
 * its first 64 bits, the smallest block a registry or geolocation table gives one place. IPv4-mapped
 * IPv6 text is located as its IPv4 address. Addresses of hosting, cloud and VPN providers (by the AS
 * organization's name) are flagged, since travel between them means nothing; so are mobile carriers
 * that say so in their name (a roaming phone leaves through them at home). Carriers whose name does not
 * say it (many are one AS with fixed lines) stay unflagged: the travel check treats them as before.
 */
public final class RangeTableLocator implements IpLocator {

    /** Words in an AS organization's name that mark a hosting, cloud or VPN provider. */
    private static final String[] HOSTING_WORDS = {"HOSTING", "CLOUD", "DATACENTER", "DATA CENTER", "SERVER", "VPN",
        "PROXY", "AMAZON", "GOOGLE", "MICROSOFT", "DIGITALOCEAN", "OVH", "HETZNER", "LINODE", "AKAMAI", "M247",
        "LEASEWEB", "CHOOPA", "VULTR", "ORACLE", "ALIBABA", "TENCENT", "CONTABO", "SCALEWAY"};

    /** Words in an AS organization's name that mark a mobile carrier. */
    private static final String[] MOBILE_WORDS = {"MOBILE", "WIRELESS", "CELLULAR", "CELLCO"};

    private static final int CITY_COLUMNS = 10;

    private final RangeTable<String> countries;
    private final RangeTable<AsOrganization> asns;
    private final RangeTable<Place> cities;
    private final RangeTable<String> countries6;
    private final RangeTable<AsOrganization> asns6;
    private final RangeTable<Place> cities6;

    /** An autonomous system as one ASN table row says, with its flags worked out once. */
    private record AsOrganization(long asn, String name, boolean hosting, boolean mobile) {
        static AsOrganization of(String[] row) {
            long asn;
            try {
                asn = Long.parseLong(row[0]);
            } catch (NumberFormatException e) {
                return null;
            }
            boolean hosting = isHosting(row[1]);
            return new AsOrganization(asn, row[1], hosting, !hosting && isMobile(row[1]));
        }
    }

    /** A city table row: {@code country,state1,state2,city,postcode,latitude,longitude,timezone}. */
    private record Place(String country, String region, String city, double latitude, double longitude) {
        static Place of(String[] row) {
            return new Place(row[0], blankToNull(row[1]), blankToNull(row[3]), degrees(row[5]), degrees(row[6]));
        }
    }

    private RangeTableLocator(RangeTable.Builder<String> countries, RangeTable.Builder<AsOrganization> asns,
            RangeTable.Builder<Place> cities) {
        this.countries = countries.ipv4();
        this.asns = asns.ipv4();
        this.cities = cities.ipv4();
        this.countries6 = countries.ipv6();
        this.asns6 = asns.ipv6();
        this.cities6 = cities.ipv6();
    }

    /** Reads any of the tables; a {@code null} reader leaves that table empty. */
    public static RangeTableLocator read(Reader countryCsv, Reader asnCsv, Reader cityCsv) throws IOException {
        return read(Arrays.asList(countryCsv), Arrays.asList(asnCsv), Arrays.asList(cityCsv));
    }

    /** Reads several files per table (an IPv4 and an IPv6 one, say); {@code null} readers are skipped. */
    public static RangeTableLocator read(List<Reader> countryCsvs, List<Reader> asnCsvs, List<Reader> cityCsvs)
            throws IOException {
        return new RangeTableLocator(builder(countryCsvs, new RangeTable.Builder<>(3, row -> row[0])),
                builder(asnCsvs, new RangeTable.Builder<>(4, AsOrganization::of)),
                builder(cityCsvs, new RangeTable.Builder<>(CITY_COLUMNS, Place::of)));
    }

    private static <T> RangeTable.Builder<T> builder(List<Reader> csvs, RangeTable.Builder<T> builder)
            throws IOException {
        for (Reader csv : csvs) {
            builder.read(csv);
        }
        return builder;
    }

    /** Rows read per table, for the start-up log: "countries 141822+68368, ...". */
    public String sizes() {
        return "countries " + countries.size() + "+" + countries6.size() + ", ASNs " + asns.size() + "+"
                + asns6.size() + ", cities " + cities.size() + "+" + cities6.size() + " (IPv4+IPv6 ranges)";
    }

    @Override
    public NetworkLocation locate(String ip) {
        long v4 = IpAddresses.ipv4(ip);
        if (v4 >= 0) {
            return locate(countries.find(v4), asns.find(v4), cities.find(v4));
        }
        long prefix = IpAddresses.ipv6Prefix64(ip);
        if (prefix == 0) {
            return NetworkLocation.UNKNOWN; // not IPv6, or in ::/64, which no table places
        }
        long key = RangeTable.ipv6Key(prefix);
        return locate(countries6.find(key), asns6.find(key), cities6.find(key));
    }

    private static NetworkLocation locate(String country, AsOrganization as, Place city) {
        if (country == null && as == null && city == null) {
            return NetworkLocation.UNKNOWN;
        }
        return new NetworkLocation(city != null ? city.country() : country, city == null ? null : city.region(),
                city == null ? null : city.city(), as == null ? 0 : as.asn(), as == null ? null : as.name(),
                city == null ? Double.NaN : city.latitude(), city == null ? Double.NaN : city.longitude(),
                as != null && as.hosting(), as != null && as.mobile());
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static double degrees(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static boolean isHosting(String organization) {
        return nameHasAny(organization, HOSTING_WORDS);
    }

    static boolean isMobile(String organization) {
        return nameHasAny(organization, MOBILE_WORDS);
    }

    private static boolean nameHasAny(String organization, String[] words) {
        if (organization == null) {
            return false;
        }
        String upper = organization.toUpperCase(Locale.ROOT);
        for (String word : words) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
