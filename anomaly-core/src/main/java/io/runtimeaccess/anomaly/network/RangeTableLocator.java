package io.runtimeaccess.anomaly.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An offline IPv4 locator over range tables in the CSV layouts of the ip-location-db project: country
 * ({@code start,end,country}), ASN ({@code start,end,asn,organization}) and city
 * ({@code start,end,country,state1,state2,city,postcode,latitude,longitude,timezone}, as in its
 * dbip-city tables). Only the city table has coordinates, which the travel detection needs. The tables
 * are sorted arrays searched by binary search, so a lookup allocates only its result. IPv6 rows are
 * skipped and IPv6 addresses are unknown. Addresses of hosting, cloud and VPN providers (by the AS
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

    private final RangeTable countries;
    private final RangeTable asns;
    private final RangeTable cities;

    private RangeTableLocator(RangeTable countries, RangeTable asns, RangeTable cities) {
        this.countries = countries;
        this.asns = asns;
        this.cities = cities;
    }

    /** Reads any of the tables; a {@code null} reader leaves that table empty. */
    public static RangeTableLocator read(Reader countryCsv, Reader asnCsv, Reader cityCsv) throws IOException {
        return new RangeTableLocator(RangeTable.read(countryCsv, 3), RangeTable.read(asnCsv, 4),
                RangeTable.read(cityCsv, CITY_COLUMNS));
    }

    @Override
    public NetworkLocation locate(String ip) {
        long address = ipv4(ip);
        if (address < 0) {
            return NetworkLocation.UNKNOWN;
        }
        String[] country = countries.find(address);
        String[] asn = asns.find(address);
        String[] city = cities.find(address);
        if (country == null && asn == null && city == null) {
            return NetworkLocation.UNKNOWN;
        }
        String organization = asn == null ? null : asn[1];
        String countryCode = city != null ? city[0] : country == null ? null : country[0];
        boolean hosting = isHosting(organization);
        return new NetworkLocation(countryCode, city == null ? null : blankToNull(city[1]),
                city == null ? null : blankToNull(city[3]), asn == null ? 0 : Long.parseLong(asn[0]), organization,
                city == null ? Double.NaN : degrees(city[5]), city == null ? Double.NaN : degrees(city[6]),
                hosting, !hosting && isMobile(organization));
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

    /** The address as an unsigned 32-bit number, or -1 if it is not a dotted IPv4 address. */
    static long ipv4(String ip) {
        if (ip == null) {
            return -1;
        }
        long value = 0;
        int part = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < ip.length(); i++) {
            char c = ip.charAt(i);
            if (c >= '0' && c <= '9') {
                part = part * 10 + (c - '0');
                if (++digits > 3 || part > 255) {
                    return -1;
                }
            } else if (c == '.' && digits > 0 && dots < 3) {
                value = (value << 8) | part;
                part = 0;
                digits = 0;
                dots++;
            } else {
                return -1;
            }
        }
        return dots == 3 && digits > 0 ? (value << 8) | part : -1;
    }

    /** Sorted, non-overlapping ranges with their values. */
    private static final class RangeTable {
        private final long[] starts;
        private final long[] ends;
        private final String[][] values;

        private RangeTable(long[] starts, long[] ends, String[][] values) {
            this.starts = starts;
            this.ends = ends;
            this.values = values;
        }

        static RangeTable read(Reader csv, int columns) throws IOException {
            List<long[]> ranges = new ArrayList<>();
            List<String[]> values = new ArrayList<>();
            // Many ranges share a country, region or city: keep one copy of each text.
            Map<String, String> texts = new HashMap<>();
            if (csv != null) {
                BufferedReader lines = new BufferedReader(csv);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] fields = line.split(",", columns);
                    if (fields.length < columns || fields[0].indexOf(':') >= 0) {
                        continue;
                    }
                    long start = ipv4(fields[0].trim());
                    long end = ipv4(fields[1].trim());
                    if (start < 0 || end < start) {
                        continue;
                    }
                    ranges.add(new long[] {start, end});
                    String[] value = new String[columns - 2];
                    for (int i = 2; i < columns; i++) {
                        value[i - 2] = texts.computeIfAbsent(unquote(fields[i].trim()), text -> text);
                    }
                    values.add(value);
                }
            }
            return sorted(ranges, values);
        }

        private static RangeTable sorted(List<long[]> ranges, List<String[]> values) {
            Integer[] order = new Integer[ranges.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(ranges.get(a)[0], ranges.get(b)[0]));
            long[] starts = new long[order.length];
            long[] ends = new long[order.length];
            String[][] sortedValues = new String[order.length][];
            for (int i = 0; i < order.length; i++) {
                starts[i] = ranges.get(order[i])[0];
                ends[i] = ranges.get(order[i])[1];
                sortedValues[i] = values.get(order[i]);
            }
            return new RangeTable(starts, ends, sortedValues);
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }

        String[] find(long address) {
            int low = 0;
            int high = starts.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] > address) {
                    high = middle - 1;
                } else if (ends[middle] < address) {
                    low = middle + 1;
                } else {
                    return values[middle];
                }
            }
            return null;
        }
    }
}
