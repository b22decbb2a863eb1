package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.City;
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
 * <p>The parts: the population ({@link Population}), each user's days (here), a sign-in and the tokens of its
 * session ({@link BenignSignIns}), the admins' routine ({@link AdminRoutine}) and the attacks ({@link Attacks}).
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
    final Population population;
    final AdminRoutine adminRoutine;
    private BenignSignIns signIns;
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

    record SpaSession(long time, SimUser user, String sessionId, Prefix prefix, String ip, String header) {
    }

    Generator(GeneratorSettings settings, World world) {
        this.settings = settings;
        this.world = world;
        this.random = new SplittableRandom(settings.seed());
        this.waveRandom = new SplittableRandom(settings.seed() * 31 + 5);
        this.cookies = new DeviceCookies(settings.seed());
        this.nightShifts = new NightShifts(settings);
        this.population = new Population(this);
        this.adminRoutine = new AdminRoutine(this);
    }

    /** Generates the dataset of these settings. */
    public static Dataset generate(GeneratorSettings settings) {
        return new Generator(settings, World.forUsers(settings.users())).run();
    }

    Dataset run() {
        offices = new Offices(world, Offices.count(settings.users()));
        officeUsers = Math.min(settings.officeUsers() * offices.size(), settings.users() / 3);
        signIns = new BenignSignIns(this);
        for (int i = 0; i < settings.users(); i++) {
            users.add(population.newUser(i));
            nightShifts.assign(users.get(i));
        }
        population.chooseAdmins();
        for (int day = 0; day < settings.days(); day++) {
            for (SimUser u : users) {
                day(u, day);
            }
        }
        for (SimUser a : admins) {
            adminRoutine.work(a);
        }
        new Attacks(this).inject();
        return out.build(settings.startMillis(), settings.endMillis());
    }

    // ---- addresses ----


    void newHomeAddress(SimUser u) {
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

    record Place(Prefix prefix, String ip, Scenario scenario) {
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
            signIns.signIn(u, time, day, device, place.prefix, place.ip, label, typo);
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
