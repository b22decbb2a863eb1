package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benign population of the realm, drawn from the generator's random stream in user order (so the same
 * settings give the same people): users in 23 countries (mostly Germany and its neighbours) with a home
 * city, a home ISP whose address is reassigned every few weeks, a mobile carrier (a new carrier-NAT address
 * for most sessions away from home), one to three devices whose browsers update on their own schedule, one
 * or two favourite hours of the day and a weekly rhythm, a typo now and then before the right password; an
 * office of up to 150 people in Berlin behind one NAT address (with a "password rotation Monday" on the
 * first Monday of each month, when half of them type the old password first); trips abroad (no sign-in on
 * travel days, so speeds stay plausible); a few people on their own VPN; a few new phones; and the admins.
 */
final class Population {

    private final Generator g;
    private final GeneratorSettings settings;
    private final World world;
    private final SplittableRandom random;

    Population(Generator generator) {
        this.g = generator;
        this.settings = generator.settings;
        this.world = generator.world;
        this.random = generator.random;
    }

    SimUser newUser(int number) {
        boolean office = number < g.officeUsers;
        int site = office ? number / settings.officeUsers() : 0;
        String country = office ? "DE" : g.weighted(world.homeWeights());
        List<City> cities = world.citiesOf(country);
        City home = office ? g.offices.city(site) : cities.get(random.nextInt(cities.size()));
        List<Network> isps = world.networks(country, NetworkKind.RESIDENTIAL);
        Network isp = isps.get(random.nextInt(isps.size()));
        List<Network> carriers = world.networks(country, NetworkKind.MOBILE);
        Network carrier = carriers.isEmpty() ? isp : carriers.get(random.nextInt(carriers.size()));
        SimUser u = new SimUser(number, Long.toString(random.nextLong()), home, isp, carrier);
        u.office = office;
        u.officeSite = site;
        g.newHomeAddress(u);
        u.nextIpChange = 7 + random.nextInt(60);
        // the draws below run in this order for every user: the generated data depends on it
        devices(u);
        rhythm(u);
        if (random.nextDouble() < 0.02) {
            ownVpn(u, country);
        }
        if (random.nextDouble() < 0.12) {
            trip(u, country, home);
        }
        if (u.phone != null && random.nextDouble() < 0.04) {
            u.newPhoneDay = settings.warmupDays() + random.nextInt(settings.days() - settings.warmupDays());
            Agent agent = random.nextDouble() < 0.6 ? u.phone.agent() : g.pick(Agent.PHONES, Agent.PHONE_SHARE);
            u.newPhone = new Device(agent, 0);
        }
        return u;
    }

    /** A desktop always; a phone for most (the main device of a fifth of users), a tablet for some. */
    private void devices(SimUser u) {
        u.desktop = new Device(g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE), lag());
        boolean mobileHeavy = random.nextDouble() < 0.2;
        if (mobileHeavy || random.nextDouble() < 0.85) {
            u.phone = new Device(g.pick(Agent.PHONES, Agent.PHONE_SHARE), lag());
            u.phoneShare = mobileHeavy ? 0.7 + 0.25 * random.nextDouble() : 0.1 + 0.5 * random.nextDouble();
            u.awayShare = mobileHeavy ? 0.6 + 0.3 * random.nextDouble() : 0.1 + 0.6 * random.nextDouble();
        }
        if (random.nextDouble() < 0.15) {
            u.tablet = new Device(g.pick(Agent.TABLETS, Agent.TABLET_SHARE), lag());
        }
    }

    /** How often, on which days and around which hours the user signs in, and how often they mistype. */
    private void rhythm(SimUser u) {
        u.activity = 0.9 * Math.exp(0.5 * random.nextGaussian());
        double weekday = 0.3 + 0.6 * random.nextDouble();
        double weekend = weekday * (0.4 + 0.6 * random.nextDouble());
        for (int d = 0; d < 7; d++) {
            u.weekdayActive[d] = d < 5 ? weekday : weekend;
        }
        int peaks = random.nextDouble() < 0.5 ? 1 : 2;
        u.peaks = new double[peaks];
        for (int i = 0; i < peaks; i++) {
            boolean morning = peaks == 2 ? i == 0 : random.nextBoolean();
            u.peaks[i] = morning ? 7 + 3 * random.nextDouble() : 17.5 + 4.5 * random.nextDouble();
        }
        u.peakSd = 0.6 + 1.2 * random.nextDouble();
        u.typo = 0.01 + 0.07 * random.nextDouble();
    }

    /** A personal VPN exit in the home country's hosting networks, or a well-known one in the Netherlands. */
    private void ownVpn(SimUser u, String country) {
        List<Prefix> exits = new ArrayList<>();
        for (Network n : world.networks(country, NetworkKind.HOSTING)) {
            exits.addAll(world.prefixesIn(n, country));
        }
        if (exits.isEmpty() || random.nextDouble() < 0.3) {
            exits = world.prefixesIn(world.network(9009), "NL");
        }
        u.vpnExit = exits.get(random.nextInt(exits.size()));
        u.vpnIp = g.address(u.vpnExit);
    }

    /** One holiday abroad of 3 to 10 days, from a hotel's residential (or mobile) network. */
    private void trip(SimUser u, String country, City home) {
        int length = 3 + random.nextInt(8);
        int start = 3 + random.nextInt(Math.max(1, settings.days() - length - 3));
        String to;
        do {
            to = TRAVEL[random.nextInt(TRAVEL.length)];
        } while (to.equals(country));
        List<City> destinations = world.citiesOf(to);
        City destination = destinations.get(random.nextInt(destinations.size()));
        List<Network> hotels = world.networks(to, NetworkKind.RESIDENTIAL);
        if (hotels.isEmpty()) {
            hotels = world.networks(to, NetworkKind.MOBILE);
        }
        List<Prefix> hotelPrefixes = world.prefixes(hotels.get(random.nextInt(hotels.size())), destination);
        Prefix hotel = hotelPrefixes.get(random.nextInt(hotelPrefixes.size()));
        int travelDays = GreatCircleKm.between(home, destination) > 6000 ? 2 : 1;
        u.trip = new SimUser.Trip(start, Math.min(settings.days(), start + length + travelDays), travelDays,
                destination, hotel, g.address(hotel));
    }

    /** Holiday destinations. */
    private static final String[] TRAVEL = {"ES", "ES", "IT", "IT", "FR", "GB", "US", "US", "TR", "TH", "AE", "JP", "NL",
        "AT", "CH", "SE", "NO", "IE", "SG", "AU", "BR", "IN"};

    void chooseAdmins() {
        int inOffice = Math.min(g.officeUsers, settings.admins() - Math.min(2, settings.admins() / 2));
        for (int i = 0; i < inOffice; i++) {
            g.users.get(i).admin = true;
            g.admins.add(g.users.get(i));
        }
        int remote = settings.admins() - inOffice;
        for (int i = 0; i < remote; i++) {
            SimUser u = g.users.get(g.officeUsers + 1 + i);
            u.admin = true;
            g.admins.add(u);
        }
    }

    private int lag() {
        return random.nextInt(22);
    }
}
