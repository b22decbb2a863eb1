package io.runtimeaccess.anomaly.support;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.support.TestWorld.Country;
import io.runtimeaccess.anomaly.support.TestWorld.Kind;
import io.runtimeaccess.anomaly.support.TestWorld.Operator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A synthetic realm in the spirit of the public RBA dataset (Wiefling et al.): benign users at home, on
 * mobile carriers, behind one office NAT, and travelling; account takeovers by naive attackers (any
 * country), VPN attackers (the victim's country through a hosting network) and targeted attackers
 * (the victim's country and ISP, a new address, usually another browser version or an odd hour).
 */
public final class SyntheticRealm {

    public enum Attacker { NAIVE, VPN, TARGETED }

    /** One event and its ground truth: {@code attacker} is null for a benign event. */
    public record Labeled(UserEvent event, Attacker attacker) {
        public boolean login() {
            return event.successfulLogin();
        }
    }

    enum UserType { HOME, MOBILE, OFFICE, TRAVELLER }

    private static final long DAY = 86_400_000L;

    private final TestWorld world;
    private final Random random;
    private final long start;
    private final List<Labeled> events = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private final String officeAddress;
    private int ids;

    private final class User {
        String id;
        UserType type;
        Country country;
        Operator isp;
        Operator carrier;
        int subnet;
        int host;
        int nextReassignDay;
        Agents.Kind device;
        Agents.Kind phone;
        int lag;
        int build;
        double rate;
        double centreHour;
        double spread;
        boolean weekends;
        int firstDay;
        int tripStart = -1;
        int tripEnd = -1;
        Country tripCountry;
        Operator hotel;
        List<Long> logins = new ArrayList<>();
    }

    public SyntheticRealm(TestWorld world, long seed, long start) {
        this.world = world;
        this.random = new Random(seed);
        this.start = start;
        this.officeAddress = world.operator(TestWorld.DE, Kind.OFFICE, 0).address(7, 7);
    }

    public List<Labeled> generate(int userCount, int days, int attacksPerType) {
        for (int i = 0; i < userCount; i++) {
            users.add(newUser(i, days));
        }
        for (User user : users) {
            for (int day = user.firstDay; day < days; day++) {
                daysLogins(user, day);
            }
        }
        for (Attacker attacker : Attacker.values()) {
            for (int i = 0; i < attacksPerType; i++) {
                attack(attacker, days);
            }
        }
        events.sort(Comparator.comparingLong(l -> l.event().timeMillis()));
        return events;
    }

    private User newUser(int index, int days) {
        User user = new User();
        user.id = "u" + index;
        double r = random.nextDouble();
        user.type = r < 0.55 ? UserType.HOME : r < 0.75 ? UserType.MOBILE : r < 0.90 ? UserType.OFFICE : UserType.TRAVELLER;
        double c = random.nextDouble();
        user.country = user.type == UserType.OFFICE ? TestWorld.DE
                : c < 0.5 ? TestWorld.DE : c < 0.65 ? TestWorld.AT : c < 0.78 ? TestWorld.FR : c < 0.88 ? TestWorld.GB
                : TestWorld.COUNTRIES.get(random.nextInt(TestWorld.COUNTRIES.size()));
        user.isp = world.operator(user.country, Kind.HOME, random);
        user.carrier = world.operator(user.country, Kind.MOBILE, random);
        user.subnet = random.nextInt(256);
        user.host = random.nextInt(254) + 1;
        user.nextReassignDay = 20 + random.nextInt(60);
        user.device = user.type == UserType.MOBILE ? mobileKind() : Agents.popular(random);
        user.phone = random.nextDouble() < 0.4 ? mobileKind() : null;
        user.lag = random.nextInt(21);
        user.build = random.nextInt(200);
        user.rate = 0.1 + random.nextDouble() * 1.2;
        user.centreHour = 8 + random.nextDouble() * 10;
        user.spread = 1 + random.nextDouble() * 2.5;
        user.weekends = random.nextDouble() < 0.3;
        user.firstDay = random.nextDouble() < 0.2 ? random.nextInt(days) : random.nextInt(5);
        if (user.type == UserType.TRAVELLER) {
            user.tripStart = user.firstDay + 10 + random.nextInt(Math.max(1, days - user.firstDay - 20));
            user.tripEnd = user.tripStart + 3 + random.nextInt(8);
            do {
                user.tripCountry = TestWorld.COUNTRIES.get(random.nextInt(TestWorld.COUNTRIES.size()));
            } while (user.tripCountry == user.country);
            user.hotel = world.operator(user.tripCountry, Kind.HOME, random);
        }
        return user;
    }

    private Agents.Kind mobileKind() {
        double r = random.nextDouble();
        return r < 0.5 ? Agents.Kind.SAFARI_IPHONE : r < 0.85 ? Agents.Kind.CHROME_ANDROID : Agents.Kind.SAMSUNG_ANDROID;
    }

    private void daysLogins(User user, int day) {
        boolean weekend = (day % 7) >= 5;
        double rate = weekend && !user.weekends ? user.rate * 0.25 : user.rate;
        if (day >= user.nextReassignDay) {
            user.subnet = random.nextInt(256); // the ISP gave the home a new address
            user.nextReassignDay = day + 30 + random.nextInt(60);
        }
        boolean travelling = day >= user.tripStart && day <= user.tripEnd;
        if (day == user.tripStart || day == user.tripEnd + 1) {
            return; // the flight
        }
        int count = poisson(rate);
        for (int k = 0; k < count; k++) {
            Country here = travelling ? user.tripCountry : user.country;
            double localHour = clamp(user.centreHour + random.nextGaussian() * user.spread, 0, 23.99);
            long time = start + day * DAY + (long) ((localHour - here.utcOffset()) * 3_600_000L)
                    + random.nextInt(3_600_000);
            boolean phone = user.phone != null && random.nextDouble() < 0.25;
            Agents.Kind kind = phone ? user.phone : user.device;
            String agent = Agents.header(kind, Agents.currentMajor(kind, Math.max(0, day - user.lag)), user.build);
            String ip = address(user, phone || Agents.mobile(kind), travelling, weekend, localHour);
            if (random.nextDouble() < 0.03) {
                add(failure(user.id, true, time - 20_000 - random.nextInt(20_000), ip, agent), null);
            }
            add(login(user.id, time, ip, agent), null);
            user.logins.add(time);
        }
    }

    private String address(User user, boolean mobile, boolean travelling, boolean weekend, double localHour) {
        if (travelling) {
            return random.nextDouble() < 0.7
                    ? user.hotel.address(random.nextInt(256), random.nextInt(254) + 1)
                    : user.carrier.address(random.nextInt(256), random.nextInt(254) + 1); // roaming: home carrier
        }
        switch (user.type) {
            case MOBILE:
                return user.carrier.address(random.nextInt(256), random.nextInt(254) + 1);
            case OFFICE:
                if (!weekend && localHour >= 8 && localHour <= 18 && !mobile) {
                    return officeAddress;
                }
                break;
            default:
                break;
        }
        if (mobile && random.nextDouble() < 0.6) {
            return user.carrier.address(random.nextInt(256), random.nextInt(254) + 1);
        }
        return user.isp.address(user.subnet, user.host);
    }

    private void attack(Attacker attacker, int days) {
        User victim;
        long time;
        int guard = 0;
        do {
            victim = users.get(random.nextInt(users.size()));
            time = start + (20 + random.nextInt(days - 20)) * DAY + random.nextInt((int) DAY);
            guard++;
        } while (loginsBefore(victim, time) < 3 && guard < 1000);
        int day = (int) ((time - start) / DAY);
        String ip;
        String agent;
        boolean oddHour = random.nextBoolean();
        time = start + day * DAY + (long) ((attackHour(victim, oddHour) - victim.country.utcOffset()) * 3_600_000L);
        switch (attacker) {
            case NAIVE: {
                Country country;
                do {
                    country = TestWorld.COUNTRIES.get(random.nextInt(TestWorld.COUNTRIES.size()));
                } while (country == victim.country);
                Operator operator = world.operator(country, random.nextBoolean() ? Kind.HOME : Kind.MOBILE, random);
                ip = operator.address(random.nextInt(256), random.nextInt(254) + 1);
                Agents.Kind kind = Agents.popular(random);
                agent = Agents.header(kind, Agents.currentMajor(kind, day), random.nextInt(200));
                if (random.nextDouble() < 0.3) {
                    stuff(ip, agent, time);
                }
                break;
            }
            case VPN: {
                ip = world.operator(victim.country, Kind.HOSTING, random).address(random.nextInt(256), random.nextInt(254) + 1);
                Agents.Kind kind = Agents.popular(random);
                agent = Agents.header(kind, Agents.currentMajor(kind, day), random.nextInt(200));
                break;
            }
            default: {
                Operator operator = victim.type == UserType.MOBILE ? victim.carrier : victim.isp;
                int subnet;
                do {
                    subnet = random.nextInt(256);
                } while (subnet == victim.subnet);
                ip = operator.address(subnet, random.nextInt(254) + 1);
                double r = random.nextDouble();
                int victimMajor = Agents.currentMajor(victim.device, Math.max(0, day - victim.lag));
                if (r >= 0.8 && !oddHour) {
                    // the exact user agent and a usual hour would leave only the address: not this attacker
                    time = start + day * DAY + (long) ((attackHour(victim, true) - victim.country.utcOffset()) * 3_600_000L);
                }
                if (r < 0.55) {
                    int shift = (1 + random.nextInt(5)) * (random.nextBoolean() ? 1 : -1);
                    agent = Agents.header(victim.device, victimMajor + shift, random.nextInt(200));
                } else if (r < 0.8) {
                    Agents.Kind kind = Agents.popular(random);
                    agent = Agents.header(kind, Agents.currentMajor(kind, day), random.nextInt(200));
                } else {
                    agent = Agents.header(victim.device, victimMajor, victim.build);
                }
                break;
            }
        }
        add(login(victim.id, time, ip, agent), attacker);
    }

    /** A local hour like the victim's, or (odd) one outside the victim's usual window. */
    private double attackHour(User victim, boolean odd) {
        if (!odd) {
            return clamp(victim.centreHour + random.nextGaussian() * victim.spread, 0, 23.99);
        }
        double away = 2.5 * victim.spread + random.nextDouble() * (24 - 5 * victim.spread);
        return (victim.centreHour + away) % 24;
    }

    /** Credential stuffing from the attacker's address before the hit. */
    private void stuff(String ip, String agent, long time) {
        for (int i = 0; i < 15; i++) {
            boolean known = random.nextDouble() < 0.6;
            String username = known ? users.get(random.nextInt(users.size())).id : "nobody" + random.nextInt(100_000);
            add(failure(username, known, time - 600_000 + i * 30_000L, ip, agent), null);
        }
    }

    private int loginsBefore(User user, long time) {
        int n = 0;
        for (long t : user.logins) {
            if (t < time) {
                n++;
            }
        }
        return n;
    }

    private UserEvent login(String user, long time, String ip, String agent) {
        return new UserEvent("s" + (++ids), time, Events.REALM, user, user, UserEventType.LOGIN, ip, agent,
                "sess" + ids, null);
    }

    private UserEvent failure(String username, boolean known, long time, String ip, String agent) {
        return new UserEvent("s" + (++ids), time, Events.REALM, known ? username : null, username,
                UserEventType.LOGIN_ERROR, ip, agent, null, known ? "invalid_user_credentials" : "user_not_found");
    }

    private void add(UserEvent event, Attacker attacker) {
        events.add(new Labeled(event, attacker));
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
