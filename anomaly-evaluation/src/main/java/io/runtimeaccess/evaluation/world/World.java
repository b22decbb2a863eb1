package io.runtimeaccess.evaluation.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small hand-written world: 53 cities in 37 countries, the residential ISPs, mobile carriers, business
 * ISPs and hosting/VPN providers that serve them, and synthetic IPv4 /16s given to each (network, city)
 * in a fixed order, so the same table always gives the same addresses. City coordinates and AS numbers
 * and names are public facts; the address ranges are made up and do not match the real allocations.
 */
public final class World {

    private static final World INSTANCE = new World(1);
    /** Worlds with more residential address space, by factor (see {@link #forUsers(int)}). */
    private static final Map<Integer, World> SCALED = new java.util.concurrent.ConcurrentHashMap<>();
    /** Users per residential /16 pair: the default realm's size, whose world is {@link #get()}. */
    static final int USERS_PER_BLOCK_PAIR = 2000;

    private final List<City> cities = new ArrayList<>();
    private final Map<String, List<City>> citiesByCountry = new LinkedHashMap<>();
    private final Map<String, City> cityByKey = new HashMap<>();
    private final List<Network> networks = new ArrayList<>();
    private final Map<Long, Network> networkByAsn = new HashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final Map<Integer, Prefix> prefixByBlock = new HashMap<>();
    private final Map<String, List<Prefix>> prefixesByNetworkCity = new HashMap<>();
    private final Map<Long, List<Prefix>> prefixesByNetwork = new HashMap<>();
    private final Map<String, Double> homeWeights = new LinkedHashMap<>();

    public static World get() {
        return INSTANCE;
    }

    /**
     * The world for a realm of this many users. A real ISP's addresses in a city grow with its
     * subscribers, so each residential ISP gets {@code ceil(users / 2000)} times its two /16s per city:
     * the number of accounts per /24 stays what it is at 2,000 users instead of growing fiftyfold at
     * 100,000. Mobile carriers are not scaled (carrier NAT pools are shared by many subscribers). Up to
     * 2,000 users this is {@link #get()}; larger worlds add their blocks after the base allocation, so every
     * base /16 keeps its address.
     */
    public static World forUsers(int users) {
        int factor = residentialFactor(users);
        return factor == 1 ? INSTANCE : SCALED.computeIfAbsent(factor, World::new);
    }

    /** How many times the base residential /16s a realm of this many users gets. */
    public static int residentialFactor(int users) {
        return Math.max(1, (users + USERS_PER_BLOCK_PAIR - 1) / USERS_PER_BLOCK_PAIR);
    }

    private World(int residentialFactor) {
        // Europe (standard time offsets; the simulation has no daylight saving)
        city("Berlin", "Berlin", "DE", 52.520, 13.405, 60);
        city("Munich", "Bavaria", "DE", 48.137, 11.575, 60);
        city("Hamburg", "Hamburg", "DE", 53.551, 9.993, 60);
        city("Frankfurt am Main", "Hesse", "DE", 50.110, 8.682, 60);
        city("Cologne", "North Rhine-Westphalia", "DE", 50.938, 6.960, 60);
        city("Nuremberg", "Bavaria", "DE", 49.452, 11.077, 60);
        city("Vienna", "Vienna", "AT", 48.208, 16.373, 60);
        city("Zurich", "Zurich", "CH", 47.377, 8.541, 60);
        city("Amsterdam", "North Holland", "NL", 52.370, 4.895, 60);
        city("Paris", "Ile-de-France", "FR", 48.857, 2.352, 60);
        city("Lyon", "Auvergne-Rhone-Alpes", "FR", 45.764, 4.836, 60);
        city("London", "England", "GB", 51.507, -0.128, 0);
        city("Manchester", "England", "GB", 53.481, -2.243, 0);
        city("Oslo", "Oslo", "NO", 59.914, 10.752, 60);
        city("Bergen", "Vestland", "NO", 60.391, 5.322, 60);
        city("Stockholm", "Stockholm", "SE", 59.329, 18.069, 60);
        city("Copenhagen", "Capital Region", "DK", 55.676, 12.568, 60);
        city("Helsinki", "Uusimaa", "FI", 60.170, 24.938, 120);
        city("Warsaw", "Masovia", "PL", 52.230, 21.012, 60);
        city("Madrid", "Madrid", "ES", 40.417, -3.704, 60);
        city("Barcelona", "Catalonia", "ES", 41.385, 2.173, 60);
        city("Rome", "Lazio", "IT", 41.903, 12.496, 60);
        city("Milan", "Lombardy", "IT", 45.464, 9.190, 60);
        city("Dublin", "Leinster", "IE", 53.350, -6.260, 0);
        city("Bucharest", "Bucharest", "RO", 44.426, 26.103, 120);
        city("Kyiv", "Kyiv City", "UA", 50.450, 30.524, 120);
        city("Moscow", "Moscow", "RU", 55.756, 37.617, 180);
        city("Istanbul", "Istanbul", "TR", 41.008, 28.978, 180);
        // Americas
        city("New York", "New York", "US", 40.713, -74.006, -300);
        city("Ashburn", "Virginia", "US", 39.044, -77.487, -300);
        city("Chicago", "Illinois", "US", 41.878, -87.630, -360);
        city("San Francisco", "California", "US", 37.775, -122.419, -480);
        city("Seattle", "Washington", "US", 47.606, -122.332, -480);
        city("Toronto", "Ontario", "CA", 43.653, -79.383, -300);
        city("Mexico City", "Mexico City", "MX", 19.433, -99.133, -360);
        city("Sao Paulo", "Sao Paulo", "BR", -23.551, -46.633, -180);
        city("Buenos Aires", "Buenos Aires", "AR", -34.604, -58.382, -180);
        // Asia, Africa, Oceania
        city("Mumbai", "Maharashtra", "IN", 19.076, 72.878, 330);
        city("Bangalore", "Karnataka", "IN", 12.972, 77.595, 330);
        city("Beijing", "Beijing", "CN", 39.904, 116.407, 480);
        city("Shanghai", "Shanghai", "CN", 31.230, 121.474, 480);
        city("Tokyo", "Tokyo", "JP", 35.676, 139.650, 540);
        city("Seoul", "Seoul", "KR", 37.567, 126.978, 540);
        city("Singapore", "Singapore", "SG", 1.352, 103.820, 480);
        city("Bangkok", "Bangkok", "TH", 13.756, 100.502, 420);
        city("Ho Chi Minh City", "Ho Chi Minh", "VN", 10.823, 106.630, 420);
        city("Jakarta", "Jakarta", "ID", -6.208, 106.846, 420);
        city("Dubai", "Dubai", "AE", 25.205, 55.271, 240);
        city("Cairo", "Cairo", "EG", 30.044, 31.236, 120);
        city("Lagos", "Lagos", "NG", 6.524, 3.379, 60);
        city("Johannesburg", "Gauteng", "ZA", -26.204, 28.047, 120);
        city("Sydney", "New South Wales", "AU", -33.869, 151.209, 600);
        city("Auckland", "Auckland", "NZ", -36.849, 174.763, 720);

        // Residential ISPs, mobile carriers and business ISPs, per country
        isp(3320, "Deutsche Telekom AG", "DE", NetworkKind.RESIDENTIAL);
        isp(3209, "Vodafone GmbH", "DE", NetworkKind.RESIDENTIAL);
        isp(6805, "Telefonica Germany GmbH & Co.OHG", "DE", NetworkKind.MOBILE);
        isp(8881, "1&1 Versatel Deutschland GmbH", "DE", NetworkKind.BUSINESS);
        isp(8447, "A1 Telekom Austria AG", "AT", NetworkKind.RESIDENTIAL);
        isp(25255, "Hutchison Drei Austria GmbH", "AT", NetworkKind.MOBILE);
        isp(3303, "Swisscom (Schweiz) AG", "CH", NetworkKind.RESIDENTIAL);
        isp(15796, "Salt Mobile SA", "CH", NetworkKind.MOBILE);
        isp(1136, "KPN B.V.", "NL", NetworkKind.RESIDENTIAL);
        isp(33915, "Vodafone Libertel B.V.", "NL", NetworkKind.MOBILE);
        isp(3215, "Orange S.A.", "FR", NetworkKind.RESIDENTIAL);
        isp(15557, "Societe Francaise du Radiotelephone - SFR SA", "FR", NetworkKind.RESIDENTIAL);
        isp(51207, "Free Mobile SAS", "FR", NetworkKind.MOBILE);
        isp(2856, "British Telecommunications PLC", "GB", NetworkKind.RESIDENTIAL);
        isp(5089, "Virgin Media Limited", "GB", NetworkKind.RESIDENTIAL);
        isp(12576, "EE Limited", "GB", NetworkKind.MOBILE);
        isp(2119, "Telenor Norge AS", "NO", NetworkKind.RESIDENTIAL);
        isp(12929, "Telia Norge AS", "NO", NetworkKind.MOBILE);
        isp(3301, "Telia Company AB", "SE", NetworkKind.RESIDENTIAL);
        isp(3292, "TDC Holding A/S", "DK", NetworkKind.RESIDENTIAL);
        isp(719, "Elisa Oyj", "FI", NetworkKind.RESIDENTIAL);
        isp(5617, "Orange Polska Spolka Akcyjna", "PL", NetworkKind.RESIDENTIAL);
        isp(12912, "T-Mobile Polska S.A.", "PL", NetworkKind.MOBILE);
        isp(3352, "Telefonica de Espana S.A.U.", "ES", NetworkKind.RESIDENTIAL);
        isp(12479, "Orange Espagne SA", "ES", NetworkKind.MOBILE);
        isp(3269, "Telecom Italia S.p.A.", "IT", NetworkKind.RESIDENTIAL);
        isp(30722, "Vodafone Italia S.p.A.", "IT", NetworkKind.MOBILE);
        isp(5466, "Eircom Limited", "IE", NetworkKind.RESIDENTIAL);
        isp(8708, "RCS & RDS SA", "RO", NetworkKind.RESIDENTIAL);
        isp(15895, "Kyivstar PJSC", "UA", NetworkKind.MOBILE);
        isp(12389, "PJSC Rostelecom", "RU", NetworkKind.RESIDENTIAL);
        isp(8359, "MTS PJSC", "RU", NetworkKind.MOBILE);
        isp(9121, "Turk Telekomunikasyon Anonim Sirketi", "TR", NetworkKind.RESIDENTIAL);
        isp(7922, "Comcast Cable Communications, LLC", "US", NetworkKind.RESIDENTIAL);
        isp(7018, "AT&T Services, Inc.", "US", NetworkKind.RESIDENTIAL);
        isp(21928, "T-Mobile USA, Inc.", "US", NetworkKind.MOBILE);
        isp(22394, "Cellco Partnership DBA Verizon Wireless", "US", NetworkKind.MOBILE);
        isp(812, "Rogers Communications Canada Inc.", "CA", NetworkKind.RESIDENTIAL);
        isp(8151, "UNINET", "MX", NetworkKind.RESIDENTIAL);
        isp(28573, "Claro NXT Telecomunicacoes Ltda", "BR", NetworkKind.RESIDENTIAL);
        isp(18881, "TELEFONICA BRASIL S.A", "BR", NetworkKind.MOBILE);
        isp(7303, "Telecom Argentina S.A.", "AR", NetworkKind.RESIDENTIAL);
        isp(9829, "National Internet Backbone", "IN", NetworkKind.RESIDENTIAL);
        isp(55836, "Reliance Jio Infocomm Limited", "IN", NetworkKind.MOBILE);
        isp(4134, "Chinanet", "CN", NetworkKind.RESIDENTIAL);
        isp(4837, "China Unicom China169 Backbone", "CN", NetworkKind.MOBILE);
        isp(4713, "NTT Communications Corporation", "JP", NetworkKind.RESIDENTIAL);
        isp(2516, "KDDI CORPORATION", "JP", NetworkKind.MOBILE);
        isp(4766, "Korea Telecom", "KR", NetworkKind.RESIDENTIAL);
        isp(7473, "Singapore Telecommunications Ltd", "SG", NetworkKind.RESIDENTIAL);
        isp(7470, "TRUE INTERNET Co.,Ltd.", "TH", NetworkKind.RESIDENTIAL);
        isp(7552, "Viettel Group", "VN", NetworkKind.RESIDENTIAL);
        isp(7713, "PT Telekomunikasi Indonesia", "ID", NetworkKind.RESIDENTIAL);
        isp(5384, "Emirates Telecommunications Group Company (ETISALAT GROUP) PJSC", "AE", NetworkKind.RESIDENTIAL);
        isp(8452, "TE Data", "EG", NetworkKind.RESIDENTIAL);
        isp(29465, "MTN NIGERIA Communication limited", "NG", NetworkKind.MOBILE);
        isp(5713, "Telkom SA Ltd.", "ZA", NetworkKind.RESIDENTIAL);
        isp(1221, "Telstra Limited", "AU", NetworkKind.RESIDENTIAL);
        isp(9500, "One New Zealand Group Limited", "NZ", NetworkKind.RESIDENTIAL);

        // Hosting, cloud and VPN providers, in the cities where they have addresses
        hosting(16509, "Amazon.com, Inc.", "US", "Ashburn", "Seattle", "Frankfurt am Main", "Dublin", "London",
                "Paris", "Stockholm", "Tokyo", "Singapore", "Mumbai", "Sao Paulo", "Sydney");
        hosting(14061, "DigitalOcean, LLC", "US", "New York", "San Francisco", "Amsterdam", "Frankfurt am Main",
                "London", "Singapore", "Bangalore", "Toronto");
        hosting(24940, "Hetzner Online GmbH", "DE", "Nuremberg", "Helsinki", "Ashburn");
        hosting(16276, "OVH SAS", "FR", "Paris", "Frankfurt am Main", "Warsaw", "London");
        hosting(20473, "The Constant Company, LLC", "US", "New York", "Chicago", "Amsterdam", "Tokyo", "Sydney");
        // VPN exits: the two big VPN hosters have an exit in the first city of every country
        List<String> capitals = new ArrayList<>();
        for (List<City> inCountry : citiesByCountry.values()) {
            capitals.add(inCountry.get(0).name());
        }
        hosting(9009, "M247 Europe SRL", "RO", capitals.toArray(String[]::new));
        hosting(60068, "Datacamp Limited", "GB", capitals.toArray(String[]::new));

        // Where the realm's users live (weights, normalized by the generator): a European service
        String[] home = {"DE", "AT", "CH", "NL", "FR", "GB", "NO", "SE", "DK", "FI", "PL", "ES", "IT", "IE", "RO", "US",
            "CA", "IN", "TR", "BR", "AU", "SG", "JP"};
        double[] weight = {38, 8, 6, 5, 5, 6, 3, 2, 2, 1, 4, 3, 4, 1, 1, 6, 1, 1, 1, 0.5, 0.5, 0.5, 0.5};
        for (int i = 0; i < home.length; i++) {
            homeWeights.put(home[i], weight[i]);
        }
        allocate(residentialFactor);
    }

    private void city(String name, String region, String country, double lat, double lon, int offset) {
        City c = new City(name, region, country, lat, lon, offset);
        cities.add(c);
        citiesByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(c);
        cityByKey.put(key(country, name), c);
    }

    private void isp(long asn, String name, String country, NetworkKind kind) {
        Network n = new Network(asn, name, country, kind);
        networks.add(n);
        networkByAsn.put(asn, n);
    }

    private final Map<Long, String[]> hostingCities = new HashMap<>();

    private void hosting(long asn, String name, String country, String... cityNames) {
        isp(asn, name, country, NetworkKind.HOSTING);
        hostingCities.put(asn, cityNames);
    }

    /** Gives every (network, city) its /16s, in table order, from a fixed permutation of public-looking blocks. */
    private void allocate(int residentialFactor) {
        List<Integer> allowed = new ArrayList<>();
        for (int a = 24; a <= 223; a++) {
            if (a == 100 || a == 127 || a == 169 || a == 172 || a == 192 || a == 198 || a == 203) {
                continue; // shared, loopback, link-local, private and documentation ranges live here
            }
            for (int b = 0; b < 256; b++) {
                allowed.add(a * 256 + b);
            }
        }
        int next = 0;
        for (Network n : networks) {
            List<City> served = new ArrayList<>();
            int perCity;
            if (n.hosting()) {
                for (String name : hostingCities.get(n.asn())) {
                    served.add(findByName(name));
                }
                perCity = 1;
            } else {
                served.addAll(citiesByCountry.get(n.country()));
                perCity = n.kind() == NetworkKind.BUSINESS ? 1 : 2;
            }
            for (City c : served) {
                for (int i = 0; i < perCity; i++) {
                    add(new Prefix(n, c, allowed.get((int) ((next++ * 7919L) % allowed.size()))));
                }
            }
        }
        // the extra residential blocks of a larger realm come after every base block (7919 is prime and
        // does not divide the allowed count, so the permutation never repeats a block)
        for (int round = 1; round < residentialFactor; round++) {
            for (Network n : networks) {
                if (n.kind() != NetworkKind.RESIDENTIAL) {
                    continue;
                }
                for (City c : citiesByCountry.get(n.country())) {
                    for (int i = 0; i < 2; i++) {
                        if (next >= allowed.size()) {
                            throw new IllegalStateException("no address space left for factor " + residentialFactor);
                        }
                        add(new Prefix(n, c, allowed.get((int) ((next++ * 7919L) % allowed.size()))));
                    }
                }
            }
        }
    }

    private void add(Prefix p) {
        prefixes.add(p);
        prefixByBlock.put(p.block(), p);
        prefixesByNetworkCity.computeIfAbsent(p.network().asn() + "|" + p.city().name(), k -> new ArrayList<>()).add(p);
        prefixesByNetwork.computeIfAbsent(p.network().asn(), k -> new ArrayList<>()).add(p);
    }

    private City findByName(String name) {
        for (City c : cities) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("no city " + name);
    }

    private static String key(String country, String city) {
        return country.toUpperCase(Locale.ROOT) + "|" + city.toLowerCase(Locale.ROOT);
    }

    public List<City> cities() {
        return Collections.unmodifiableList(cities);
    }

    public List<String> countries() {
        return List.copyOf(citiesByCountry.keySet());
    }

    public List<City> citiesOf(String country) {
        return citiesByCountry.getOrDefault(country, List.of());
    }

    /** The city with that name in that country (case-insensitive), or {@code null}. */
    public City city(String country, String name) {
        if (country == null || name == null) {
            return null;
        }
        return cityByKey.get(key(country, name));
    }

    /** The first city listed for the country (its capital or largest city), or {@code null}. */
    public City mainCity(String country) {
        List<City> list = country == null ? null : citiesByCountry.get(country.toUpperCase(Locale.ROOT));
        return list == null ? null : list.get(0);
    }

    public List<Network> networks() {
        return Collections.unmodifiableList(networks);
    }

    public Network network(long asn) {
        return networkByAsn.get(asn);
    }

    /** The networks of a kind that serve a country (for hosting: that have addresses in it). */
    public List<Network> networks(String country, NetworkKind kind) {
        List<Network> result = new ArrayList<>();
        for (Network n : networks) {
            if (n.kind() != kind) {
                continue;
            }
            if (n.hosting() ? !prefixesIn(n, country).isEmpty() : n.country().equals(country)) {
                result.add(n);
            }
        }
        return result;
    }

    /** The /16s of a network in a city (empty if it has none there). */
    public List<Prefix> prefixes(Network network, City city) {
        return prefixesByNetworkCity.getOrDefault(network.asn() + "|" + city.name(), List.of());
    }

    public List<Prefix> prefixes(Network network) {
        return prefixesByNetwork.getOrDefault(network.asn(), List.of());
    }

    public List<Prefix> prefixesIn(Network network, String country) {
        List<Prefix> result = new ArrayList<>();
        for (Prefix p : prefixes(network)) {
            if (p.city().country().equals(country)) {
                result.add(p);
            }
        }
        return result;
    }

    public List<Prefix> prefixes() {
        return Collections.unmodifiableList(prefixes);
    }

    /** The /16 an address falls into, or {@code null}. */
    public Prefix prefixOf(String ip) {
        int block = block(ip);
        return block < 0 ? null : prefixByBlock.get(block);
    }

    /** The /16 with that block number, or {@code null}. */
    public Prefix prefix(int block) {
        return prefixByBlock.get(block);
    }

    /** Countries users live in, with relative weights. */
    public Map<String, Double> homeWeights() {
        return Collections.unmodifiableMap(homeWeights);
    }

    /** The first two octets of a dotted-quad IPv4 address as {@code a * 256 + b}, or -1. */
    static int block(String ip) {
        if (ip == null) {
            return -1;
        }
        int first = ip.indexOf('.');
        int second = first < 0 ? -1 : ip.indexOf('.', first + 1);
        if (second < 0) {
            return -1;
        }
        try {
            int a = Integer.parseInt(ip, 0, first, 10);
            int b = Integer.parseInt(ip, first + 1, second, 10);
            return a < 0 || a > 255 || b < 0 || b > 255 ? -1 : a * 256 + b;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
