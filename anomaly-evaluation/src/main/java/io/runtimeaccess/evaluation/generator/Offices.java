package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.List;

/**
 * The realm's offices, each behind its own NAT address of the business ISP. A realm of up to 9,999 users
 * has one office (in Berlin); a larger one has one per 5,000 users (two at 10,000, twenty at 100,000),
 * placed in turn in the business ISP's cities, each with its own /24, as an enterprise with sites in
 * several cities. Each office has {@link GeneratorSettings#officeUsers()} people.
 */
final class Offices {

    /** Accounts per office site in a large realm. */
    static final int USERS_PER_OFFICE = 5000;
    private static final long BUSINESS_ASN = 8881;

    private final City[] cities;
    private final Prefix[] prefixes;
    private final String[] ips;

    Offices(World world, int count) {
        Network business = world.network(BUSINESS_ASN);
        List<City> served = world.citiesOf(business.country());
        cities = new City[count];
        prefixes = new Prefix[count];
        ips = new String[count];
        for (int k = 0; k < count; k++) {
            City city = served.get(k % served.size()); // Berlin first, as in the one-office realm
            cities[k] = city;
            prefixes[k] = world.prefixes(business, city).get(0);
            ips[k] = prefixes[k].address(17 + k, 33);
        }
    }

    /** How many offices a realm of this many users has. */
    static int count(int users) {
        return Math.max(1, users / USERS_PER_OFFICE);
    }

    int size() {
        return cities.length;
    }

    City city(int office) {
        return cities[office];
    }

    Prefix prefix(int office) {
        return prefixes[office];
    }

    String ip(int office) {
        return ips[office];
    }
}
