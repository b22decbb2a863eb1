package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Simulates a realm's sign-ins, token requests and admin changes for some weeks, then injects attacks
 * ({@link Attacks}). Everything is drawn from one {@link SplittableRandom} in a fixed order, so the same
 * {@link GeneratorSettings} always give the same dataset.
 *
 * <p>The benign population: users in 23 countries (mostly Germany and its neighbours) with a home city,
 * a home ISP whose address is reassigned every few weeks, a mobile carrier (a new carrier-NAT address for
 * most sessions away from home), one to three devices whose browsers update on their own schedule, one
 * or two favourite hours of the day and a weekly rhythm, a typo now and then before the right password;
 * an office of up to 150 people in Berlin behind one NAT address (with a "password rotation Monday" on
 * the first Monday of each month, when half of them type the old password first); trips abroad (no
 * sign-in on travel days, so speeds stay plausible); a few people on their own VPN; a few new phones.
 * Half of the sign-ins go to a confidential web app whose backend redeems the code from a datacenter,
 * the other half to a single-page app that requests and refreshes tokens from the user's own address.
 */
public final class Generator {

    static final long DAY = 86_400_000L;
    static final long MINUTE = 60_000L;
    static final String ERROR_BAD_PASSWORD = "invalid_user_credentials";

    final GeneratorSettings settings;
    final World world;
    final SplittableRandom random;
    final DeviceCookies cookies;
    final NightShifts nightShifts;
    final Collector out = new Collector();
    /** The day of the realm-wide typo wave (Monday 19 January), and the share of users it catches. */
    static final int TYPO_WAVE_DAY = 14;
    static final double TYPO_WAVE_SHARE = 0.33;
    private SplittableRandom waveRandom;
    final List<SimUser> users = new ArrayList<>();
    final List<SimUser> admins = new ArrayList<>();
    /** Sessions of the single-page app (their tokens come from the user's own address), for token theft. */
    final List<SpaSession> spaSessions = new ArrayList<>();
    Offices offices;
    /** Users in an office: {@link GeneratorSettings#officeUsers()} per office site. */
    int officeUsers;
    Prefix backendPrefix;
    String[] backendIps;
    private final String backendAgent = "Apache-HttpClient/4.5.14 (Java/21.0.5)";

    record SpaSession(long time, SimUser user, String sessionId, Prefix prefix, String ip, String header) {
    }

    Generator(GeneratorSettings settings, World world) {
        this.settings = settings;
        this.world = world;
        this.random = new SplittableRandom(settings.seed());
        this.waveRandom = new SplittableRandom(settings.seed() * 31 + 5);
        this.cookies = new DeviceCookies(settings.seed());
        this.nightShifts = new NightShifts(settings);
    }

    /** Generates the dataset of these settings. */
    public static Dataset generate(GeneratorSettings settings) {
        return new Generator(settings, World.forUsers(settings.users())).run();
    }

    Dataset run() {
        offices = new Offices(world, Offices.count(settings.users()));
        officeUsers = Math.min(settings.officeUsers() * offices.size(), settings.users() / 3);
        backendPrefix = world.prefixes(world.network(24940), world.city("DE", "Nuremberg")).get(0);
        backendIps = new String[] {backendPrefix.address(44, 10), backendPrefix.address(44, 11)};
        for (int i = 0; i < settings.users(); i++) {
            users.add(newUser(i));
            nightShifts.assign(users.get(i));
        }
        chooseAdmins();
        for (int day = 0; day < settings.days(); day++) {
            for (SimUser u : users) {
                day(u, day);
            }
        }
        for (SimUser a : admins) {
            adminRoutine(a);
        }
        new Attacks(this).inject();
        return out.build(settings.startMillis(), settings.endMillis());
    }

    // ---- the population ----

    private SimUser newUser(int number) {
        boolean office = number < officeUsers;
        int site = office ? number / settings.officeUsers() : 0;
        String country = office ? "DE" : weighted(world.homeWeights());
        List<City> cities = world.citiesOf(country);
        City home = office ? offices.city(site) : cities.get(random.nextInt(cities.size()));
        List<Network> isps = world.networks(country, NetworkKind.RESIDENTIAL);
        Network isp = isps.get(random.nextInt(isps.size()));
        List<Network> carriers = world.networks(country, NetworkKind.MOBILE);
        Network carrier = carriers.isEmpty() ? isp : carriers.get(random.nextInt(carriers.size()));
        SimUser u = new SimUser(number, Long.toString(random.nextLong()), home, isp, carrier);
        u.office = office;
        u.officeSite = site;
        newHomeAddress(u);
        u.nextIpChange = 7 + random.nextInt(60);
        u.desktop = new Device(pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE), lag());
        boolean mobileHeavy = random.nextDouble() < 0.2;
        if (mobileHeavy || random.nextDouble() < 0.85) {
            u.phone = new Device(pick(Agent.PHONES, Agent.PHONE_SHARE), lag());
            u.phoneShare = mobileHeavy ? 0.7 + 0.25 * random.nextDouble() : 0.1 + 0.5 * random.nextDouble();
            u.awayShare = mobileHeavy ? 0.6 + 0.3 * random.nextDouble() : 0.1 + 0.6 * random.nextDouble();
        }
        if (random.nextDouble() < 0.15) {
            u.tablet = new Device(pick(Agent.TABLETS, Agent.TABLET_SHARE), lag());
        }
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
        if (random.nextDouble() < 0.02) {
            List<Prefix> exits = new ArrayList<>();
            for (Network n : world.networks(country, NetworkKind.HOSTING)) {
                exits.addAll(world.prefixesIn(n, country));
            }
            if (exits.isEmpty() || random.nextDouble() < 0.3) {
                exits = world.prefixesIn(world.network(9009), "NL");
            }
            u.vpnExit = exits.get(random.nextInt(exits.size()));
            u.vpnIp = address(u.vpnExit);
        }
        if (random.nextDouble() < 0.12) {
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
                    destination, hotel, address(hotel));
        }
        if (u.phone != null && random.nextDouble() < 0.04) {
            u.newPhoneDay = settings.warmupDays() + random.nextInt(settings.days() - settings.warmupDays());
            Agent agent = random.nextDouble() < 0.6 ? u.phone.agent() : pick(Agent.PHONES, Agent.PHONE_SHARE);
            u.newPhone = new Device(agent, 0);
        }
        return u;
    }

    /** Holiday destinations. */
    private static final String[] TRAVEL = {"ES", "ES", "IT", "IT", "FR", "GB", "US", "US", "TR", "TH", "AE", "JP", "NL",
        "AT", "CH", "SE", "NO", "IE", "SG", "AU", "BR", "IN"};

    private void chooseAdmins() {
        int inOffice = Math.min(officeUsers, settings.admins() - Math.min(2, settings.admins() / 2));
        for (int i = 0; i < inOffice; i++) {
            users.get(i).admin = true;
            admins.add(users.get(i));
        }
        int remote = settings.admins() - inOffice;
        for (int i = 0; i < remote; i++) {
            SimUser u = users.get(officeUsers + 1 + i);
            u.admin = true;
            admins.add(u);
        }
    }

    private int lag() {
        return random.nextInt(22);
    }

    private void newHomeAddress(SimUser u) {
        List<Prefix> prefixes = world.prefixes(u.isp, u.home);
        u.homePrefix = prefixes.get(random.nextInt(prefixes.size()));
        u.homeIp = address(u.homePrefix);
    }

    String address(Prefix p) {
        return p.address(random.nextInt(256), 1 + random.nextInt(254));
    }

    /** A carrier-NAT address: mostly the carrier's gateways of the home city, sometimes another city's. */
    Prefix carrierPrefix(SimUser u) {
        List<Prefix> local = world.prefixes(u.carrier, u.home);
        if (!local.isEmpty() && random.nextDouble() < 0.95) {
            return local.get(random.nextInt(local.size()));
        }
        List<Prefix> all = world.prefixesIn(u.carrier, u.home.country());
        return all.get(random.nextInt(all.size()));
    }

    // ---- one user's day ----

    private record Place(Prefix prefix, String ip, Scenario scenario) {
    }

    private void day(SimUser u, int day) {
        int weekday = day % 7;
        if (u.trip != null && u.trip.away(day) && u.trip.travelling(day)) {
            return;
        }
        boolean away = u.trip != null && u.trip.away(day);
        if (day >= u.nextIpChange) {
            newHomeAddress(u);
            u.nextIpChange = day + 14 + random.nextInt(60);
        }
        if (u.newPhoneDay >= 0 && day == u.newPhoneDay) {
            u.phone = u.newPhone;
        }
        boolean atOffice = u.office && !away && weekday < 5 && !(weekday == 4 && random.nextDouble() < 0.5);
        boolean rotationMonday = atOffice && weekday == 0 && dayOfMonth(day) <= 7;
        int logins = 0;
        if (random.nextDouble() < u.weekdayActive[weekday]) {
            logins = Math.max(1, poisson(u.activity));
        }
        if (atOffice) {
            logins = Math.max(logins, 1 + poisson(1.0));
        }
        City where = away ? u.trip.destination() : u.home;
        long midnight = settings.startMillis() + day * DAY - where.utcOffsetMinutes() * MINUTE;
        for (int i = 0; i < logins; i++) {
            double minute;
            boolean work = false;
            if (rotationMonday && i == 0) {
                minute = 8 * 60 + random.nextDouble() * 75;
                work = true;
            } else if (atOffice && random.nextDouble() < 0.75) {
                minute = clamp((random.nextBoolean() ? 8.5 : 13.5) * 60 + random.nextGaussian() * 70, 7.5 * 60, 18.4 * 60);
                work = true;
            } else {
                double peak = u.peaks[random.nextInt(u.peaks.length)];
                minute = Math.floorMod((long) (peak * 60 + random.nextGaussian() * u.peakSd * 60), 1440L);
            }
            boolean nightShift = NightShifts.onShift(u, day);
            if (nightShift) {
                minute = nightShifts.minute(u);
            }
            long time = midnight + (long) (minute * MINUTE) + random.nextInt(60_000);
            Device device = device(u, work);
            Place place = place(u, device, work, away);
            boolean firstUses = device == u.newPhone && u.newPhoneUses < 3;
            if (firstUses) {
                u.newPhoneUses++;
            }
            Scenario scenario = firstUses ? Scenario.BENIGN_NEW_DEVICE : place.scenario;
            double typo = rotationMonday && i == 0 ? 0.5 : u.typo;
            Label label = nightShift && !firstUses ? NightShifts.label(u) : Label.benign(scenario);
            if (i == 0 && day == TYPO_WAVE_DAY) {
                typoWave(u, time, day, device, place);
            }
            signIn(u, time, day, device, place.prefix, place.ip, label, typo);
        }
    }

    /**
     * The realm-wide typo wave on {@value #TYPO_WAVE_DAY} (a Monday after a password-expiry weekend): a third
     * of the users type the old password once before their first sign-in of the day, from where they sign
     * in. Drawn from a stream of its own, so the rest of the realm stays as it was.
     */
    private void typoWave(SimUser u, long time, int day, Device device, Place place) {
        if (waveRandom.nextDouble() < TYPO_WAVE_SHARE) {
            out.login(time - 5_000L - waveRandom.nextInt(35_000), u.id, true, place.prefix, place.ip, device.agent(),
                    device.header(day), device.browser(day), false, false, false, Label.benign(place.scenario),
                    null, waveRandom);
        }
    }

    private Device device(SimUser u, boolean work) {
        if (work) {
            return u.phone != null && random.nextDouble() < 0.15 ? u.phone : u.desktop;
        }
        if (u.phone != null && random.nextDouble() < u.phoneShare) {
            return u.phone;
        }
        if (u.tablet != null && random.nextDouble() < 0.3) {
            return u.tablet;
        }
        return u.desktop;
    }

    private Place place(SimUser u, Device device, boolean work, boolean away) {
        if (away) {
            if (device == u.phone && random.nextDouble() < 0.35) {
                Prefix roaming = carrierPrefix(u); // roaming traffic leaves through the home carrier
                return new Place(roaming, address(roaming), Scenario.BENIGN_TRAVEL);
            }
            return new Place(u.trip.hotel(), u.trip.hotelIp(), Scenario.BENIGN_TRAVEL);
        }
        if (work) {
            return new Place(offices.prefix(u.officeSite), offices.ip(u.officeSite), Scenario.BENIGN_OFFICE);
        }
        if (device == u.phone && random.nextDouble() < u.awayShare) {
            Prefix p = carrierPrefix(u);
            return new Place(p, address(p), Scenario.BENIGN_MOBILE);
        }
        if (u.vpnExit != null && device == u.desktop && random.nextDouble() < 0.6) {
            return new Place(u.vpnExit, u.vpnIp, Scenario.BENIGN_VPN);
        }
        return new Place(u.homePrefix, u.homeIp, Scenario.BENIGN_HOME);
    }

    /** A benign sign-in: maybe a typo or two first, rarely only failures; then the tokens of its session. */
    private void signIn(SimUser u, long time, int day, Device device, Prefix prefix, String ip, Label label,
            double typoRate) {
        String header = device.header(day);
        String browser = device.browser(day);
        if (random.nextDouble() < 0.002) {
            int failures = 3 + random.nextInt(3);
            for (int f = 0; f < failures; f++) {
                out.login(time + f * (20_000L + random.nextInt(40_000)), u.id, true, prefix, ip, device.agent(), header,
                        browser, false, false, false, label, null, random);
            }
            return;
        }
        if (random.nextDouble() < typoRate) {
            int failures = random.nextDouble() < 0.2 ? 2 : 1;
            for (int f = failures; f >= 1; f--) {
                out.login(time - f * (5_000L + random.nextInt(35_000)), u.id, true, prefix, ip, device.agent(), header,
                        browser, false, false, false, label, null, random);
            }
        }
        String session = out.newSession();
        out.login(time, u.id, true, prefix, ip, device.agent(), header, browser, true, false, false, label, session,
                cookies.benign(u, device), random);
        u.signIns.add(new long[] {time, prefix.network().asn(), prefix.block()});
        u.signInDevices.add(device);
        u.signInHeaders.add(header);
        if (random.nextDouble() < 0.5) {
            Label client = Label.benign(Scenario.BENIGN_CLIENT);
            String backend = backendIps[random.nextInt(backendIps.length)];
            out.token(time + 300 + random.nextInt(1200), SideEventKind.CODE_TO_TOKEN, u.id, session, backendPrefix,
                    backend, backendAgent, client);
            int refreshes = random.nextInt(3);
            for (int r = 0; r < refreshes; r++) {
                out.token(time + (5 + random.nextInt(300)) * MINUTE, SideEventKind.REFRESH_TOKEN, u.id, session,
                        backendPrefix, backend, backendAgent, client);
            }
        } else {
            out.token(time + 200 + random.nextInt(800), SideEventKind.CODE_TO_TOKEN, u.id, session, prefix, ip, header,
                    label);
            spaSessions.add(new SpaSession(time, u, session, prefix, ip, header));
            int refreshes = random.nextInt(4);
            for (int r = 0; r < refreshes; r++) {
                Prefix p = prefix;
                String at = ip;
                if (prefix.network().kind() == NetworkKind.MOBILE && random.nextBoolean()) {
                    p = carrierPrefix(u);
                    at = address(p);
                }
                out.token(time + (5 + random.nextInt(480)) * MINUTE, SideEventKind.REFRESH_TOKEN, u.id, session, p, at,
                        header, label);
            }
        }
    }

    // ---- admins ----

    private static final List<GrantedAccess> PLAIN_ROLE = List.of(new GrantedAccess("role", "invoice-viewer", false));
    static final List<GrantedAccess> ADMIN_ROLE = List.of(new GrantedAccess("role", "realm-admin", true));

    /** Where an admin works on a day: the office NAT (office admins, Monday to Thursday) or home. */
    Place adminPlace(SimUser a, int day) {
        if (a.office && day % 7 < 4) {
            return new Place(offices.prefix(a.officeSite), offices.ip(a.officeSite), Scenario.BENIGN_ADMIN);
        }
        return new Place(a.homePrefix, a.homeIp, Scenario.BENIGN_ADMIN);
    }

    Prefix adminPrefix(SimUser a, int day) {
        return adminPlace(a, day).prefix;
    }

    String adminIp(SimUser a, int day) {
        return adminPlace(a, day).ip;
    }

    private void adminRoutine(SimUser a) {
        Label label = Label.benign(Scenario.BENIGN_ADMIN);
        int nextBatch = random.nextInt(14);
        for (int day = 0; day < settings.days(); day++) {
            if (day % 7 >= 5 || (a.trip != null && a.trip.away(day))) {
                continue; // no admin work at weekends or on holiday
            }
            Place place = adminPlace(a, day);
            long midnight = settings.startMillis() + day * DAY - a.home.utcOffsetMinutes() * MINUTE;
            int actions = poisson(3);
            for (int i = 0; i < actions; i++) {
                long time = midnight + (long) ((8.5 + 9 * random.nextDouble()) * 60 * MINUTE);
                routineAction(a, time, place, label);
            }
            if (day >= nextBatch) {
                // onboarding: accounts created and given their roles, one after the other
                int people = 8 + random.nextInt(18);
                long time = midnight + (long) ((9 + 6 * random.nextDouble()) * 60 * MINUTE);
                for (int i = 0; i < people; i++) {
                    String user = users.get(random.nextInt(users.size())).id;
                    out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "USER", "users/" + user, user,
                            List.of(), label);
                    time += 20_000 + random.nextInt(60_000);
                    out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                            "users/" + user + "/role-mappings/realm", user, PLAIN_ROLE, label);
                    time += 10_000 + random.nextInt(40_000);
                }
                nextBatch = day + 10 + random.nextInt(15);
            }
            if (random.nextDouble() < 0.05) {
                // a colleague becomes admin: privileged, but from the usual place and for someone else
                String user = admins.get(random.nextInt(admins.size())).id;
                if (!user.equals(a.id)) {
                    long time = midnight + (long) ((9 + 8 * random.nextDouble()) * 60 * MINUTE);
                    out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                            "users/" + user + "/role-mappings/realm", user, ADMIN_ROLE, label);
                }
            }
        }
    }

    private void routineAction(SimUser a, long time, Place place, Label label) {
        String user = users.get(random.nextInt(users.size())).id;
        double r = random.nextDouble();
        if (r < 0.45) {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.UPDATE, "USER", "users/" + user, user,
                    List.of(), label);
        } else if (r < 0.60) {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "USER", "users/" + user, user,
                    List.of(), label);
        } else if (r < 0.78) {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "REALM_ROLE_MAPPING",
                    "users/" + user + "/role-mappings/realm", user, PLAIN_ROLE, label);
        } else if (r < 0.90) {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.CREATE, "GROUP_MEMBERSHIP",
                    "users/" + user + "/groups/finance", user, List.of(new GrantedAccess("group", "finance", false)),
                    label);
        } else if (r < 0.95) {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.DELETE, "USER", "users/" + user, user,
                    List.of(), label);
        } else {
            out.admin(time, a.id, place.prefix, place.ip, AdminOperation.UPDATE, "CLIENT", "clients/portal", null,
                    List.of(), label);
        }
    }

    // ---- helpers ----

    int dayOfMonth(int day) {
        return Instant.ofEpochMilli(settings.startMillis() + day * DAY).atZone(ZoneOffset.UTC).getDayOfMonth();
    }

    int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l && k < 50);
        return k - 1;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    <T> T pick(T[] values, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    String weighted(Map<String, Double> weights) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double r = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            last = e.getKey();
            r -= e.getValue();
            if (r < 0) {
                return last;
            }
        }
        return last;
    }
}
