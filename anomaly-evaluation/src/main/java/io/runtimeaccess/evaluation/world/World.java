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
        Atlas.describe(this);
        allocate(residentialFactor);
    }

    /** The first city listed for each country (its capital or largest city), in listing order. */
    String[] firstCities() {
        return citiesByCountry.values().stream().map(inCountry -> inCountry.get(0).name()).toArray(String[]::new);
    }

    void homeWeight(String country, double weight) {
        homeWeights.put(country, weight);
    }

    void city(String name, String region, String country, double lat, double lon, int offset) {
        City c = new City(name, region, country, lat, lon, offset);
        cities.add(c);
        citiesByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(c);
        cityByKey.put(key(country, name), c);
    }

    void isp(long asn, String name, String country, NetworkKind kind) {
        Network n = new Network(asn, name, country, kind);
        networks.add(n);
        networkByAsn.put(asn, n);
    }

    private final Map<Long, String[]> hostingCities = new HashMap<>();

    void hosting(long asn, String name, String country, String... cityNames) {
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
