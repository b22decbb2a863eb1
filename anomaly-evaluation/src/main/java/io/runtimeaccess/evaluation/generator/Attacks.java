package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Injects the attacker models into the benign activity, after the warm-up, each event labelled with the
 * detection that should explain it.
 *
 * <ul>
 *   <li>Takeovers with the right password (the three attacker models of Wiefling et al.): naive (random
 *       city, ASN and browser of any age), VPN (a hosting/VPN exit in the victim's country, a current
 *       popular browser), targeted (a new address in the victim's country and usual ASN, in the victim's
 *       city, with the realm's most common User-Agent header of the day at a daytime hour), and targeted
 *       with the victim's own current header.</li>
 *   <li>Password guessing: brute force, single-source and distributed sprays ({@link PasswordGuessing}).</li>
 *   <li>A stolen refresh token (or code) of a live single-page-app session used from another country, and
 *       as many of each variant used from the victim's own country ({@link SameCountryTokenTheft}).</li>
 *   <li>Admin scenarios: self-grant, grant from a new address, bulk delete ({@link AdminAttacks}).</li>
 * </ul>
 */
final class Attacks {

    static final String SCRIPT = "python-requests/2.32.3";

    private final Generator g;
    private final SplittableRandom random;
    private final Collector out;
    private final World world;
    private final GeneratorSettings settings;
    private final long from;
    private final long until;
    private final AttackerAddresses addresses;
    private final PasswordGuessing guessing;
    private final AdminAttacks adminAttacks;

    Attacks(Generator generator) {
        this.g = generator;
        this.random = generator.random;
        this.out = generator.out;
        this.world = generator.world;
        this.settings = generator.settings;
        this.from = settings.startMillis() + settings.warmupDays() * Generator.DAY;
        this.until = settings.endMillis() - 12 * 60 * Generator.MINUTE;
        this.addresses = new AttackerAddresses(generator);
        this.guessing = new PasswordGuessing(generator, addresses, from, until);
        this.adminAttacks = new AdminAttacks(generator, addresses, from, until);
    }

    /** Each model as many times as the settings say, in this order (the seeded draws depend on it). */
    void inject() {
        repeat(settings.naive(), i -> takeover(Scenario.NAIVE_ATO, "naive-" + i));
        repeat(settings.vpn(), i -> takeover(Scenario.VPN_ATO, "vpn-" + i));
        repeat(settings.targeted(), i -> takeover(Scenario.TARGETED_ATO, "targeted-" + i));
        repeat(settings.targetedExactUa(), i -> takeover(Scenario.TARGETED_EXACT_UA_ATO, "targeted-ua-" + i));
        repeat(settings.bruteForce(), i -> guessing.bruteForce("brute-force-" + i));
        repeat(settings.spray(), i -> guessing.spray("spray-" + i));
        repeat(settings.distributedSpray(), i -> guessing.distributedSpray("distributed-spray-" + i));
        repeat(settings.tokenTheft(), i -> tokenTheft("token-" + i));
        repeat(settings.adminSelfGrant(), i -> adminAttacks.adminSelfGrant("self-grant-" + i));
        repeat(settings.adminGrantNewIp(), i -> adminAttacks.adminGrantNewIp("grant-new-ip-" + i, i % 2 == 1));
        repeat(settings.adminBulkDelete(), i -> adminAttacks.adminBulkDelete("bulk-delete-" + i));
        SameCountryTokenTheft sameCountry = new SameCountryTokenTheft(g, from, until);
        for (Scenario variant : List.of(Scenario.TOKEN_THEFT_SAME_COUNTRY_SAME_UA,
                Scenario.TOKEN_THEFT_SAME_COUNTRY_OTHER_UA, Scenario.TOKEN_THEFT_SAME_COUNTRY_HOSTING)) {
            for (int i = 0; i < settings.tokenTheft(); i++) {
                sameCountry.inject(variant, variant.name().toLowerCase(java.util.Locale.ROOT) + "-" + i);
            }
        }
        new Campaigns(g, from, until).inject();
    }

    // ---- takeovers ----

    private void takeover(Scenario model, String campaign) {
        Victim victim = victim(model);
        if (victim == null) {
            return;
        }
        SimUser user = victim.user();
        long time = victim.time();
        Approach approach = switch (model) {
            case NAIVE_ATO -> naive(day(time));
            case VPN_ATO -> throughVpn(user, day(time));
            case TARGETED_ATO, TARGETED_EXACT_UA_ATO -> targeted(model, user, time);
            default -> throw new IllegalArgumentException(model.name());
        };
        String ip = g.address(approach.prefix());
        String session = out.newSession();
        out.login(time, user.id, true, approach.prefix(), ip, approach.agent(), approach.header(), approach.browser(),
                true, true, true, Label.attack(model, cause(model, user, time, approach.prefix(), approach.header()),
                        campaign), session, g.cookies.fresh(), random);
        out.token(time + 300 + random.nextInt(900), SideEventKind.CODE_TO_TOKEN, user.id, session, approach.prefix(),
                ip, approach.header(), Label.context(model, campaign));
    }

    private record Victim(SimUser user, long time) {
    }

    /** Where the attacker signs in from and with what: the network's prefix and the user agent it sends. */
    private record Approach(Prefix prefix, Agent agent, String header, String browser) {
    }

    /** A user with three sign-ins before the attack (targeted ones in the victim's local day), or null. */
    private Victim victim(Scenario model) {
        for (int attempt = 0; attempt < 200; attempt++) {
            SimUser candidate = g.users.get(random.nextInt(g.users.size()));
            long t = from + (long) (random.nextDouble() * (until - from));
            if (model == Scenario.TARGETED_ATO || model == Scenario.TARGETED_EXACT_UA_ATO) {
                long midnight = Math.floorDiv(t - from, Generator.DAY) * Generator.DAY + from
                        - candidate.home.utcOffsetMinutes() * Generator.MINUTE;
                t = midnight + (long) ((8 + 14 * random.nextDouble()) * 60 * Generator.MINUTE);
            }
            if (t >= from && t < until && signInsBefore(candidate, t) >= 3) {
                return new Victim(candidate, t);
            }
        }
        return null;
    }

    /** Anywhere in the world, any network kind, any browser of the last eight months. */
    private Approach naive(int day) {
        City city = world.cities().get(random.nextInt(world.cities().size()));
        double r = random.nextDouble();
        NetworkKind kind = r < 0.5 ? NetworkKind.RESIDENTIAL : r < 0.8 ? NetworkKind.MOBILE : NetworkKind.HOSTING;
        Prefix prefix = addresses.prefixIn(city, kind);
        Agent agent = Agent.values()[random.nextInt(Agent.values().length)];
        int age = random.nextInt(240);
        return new Approach(prefix, agent, agent.header(day - age), agent.browser(day - age));
    }

    /** A hosting network's exit in the victim's country, a common desktop browser at most three weeks old. */
    private Approach throughVpn(SimUser victim, int day) {
        List<Prefix> exits = new ArrayList<>();
        for (Network n : world.networks(victim.home.country(), NetworkKind.HOSTING)) {
            exits.addAll(world.prefixesIn(n, victim.home.country()));
        }
        Prefix prefix = exits.get(random.nextInt(exits.size()));
        Agent agent = g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE);
        int lag = random.nextInt(22);
        return new Approach(prefix, agent, agent.header(day - lag), agent.browser(day - lag));
    }

    /** The victim's own network and city; the realm's most common browser, or the victim's own device's. */
    private Approach targeted(Scenario model, SimUser victim, long time) {
        int day = day(time);
        Prefix usual = usualPrefix(victim, time);
        List<Prefix> prefixes = world.prefixes(usual.network(), usual.city());
        Prefix prefix = prefixes.get(random.nextInt(prefixes.size()));
        if (model == Scenario.TARGETED_ATO) {
            Agent agent = Agent.CHROME_WINDOWS; // the realm's most common browser, current version
            return new Approach(prefix, agent, agent.header(day), agent.browser(day));
        }
        Device own = lastDevice(victim, time);
        return new Approach(prefix, own.agent(), own.header(day), own.browser(day));
    }

    /**
     * The detection that should explain a takeover, from what the attacker changed: a targeted attacker
     * whose header the victim already sent changed only the network; a naive attacker who appears farther
     * than a jet could fly since the victim's last sign-in (from a non-hosting network) is impossible travel.
     */
    private Detection cause(Scenario model, SimUser victim, long time, Prefix prefix, String header) {
        if (model == Scenario.TARGETED_ATO) {
            for (int i = 0; i < victim.signIns.size(); i++) {
                if (victim.signIns.get(i)[0] < time && victim.signInHeaders.get(i).equals(header)) {
                    return Detection.NEW_NETWORK;
                }
            }
            return Detection.NEW_DEVICE;
        }
        if (model == Scenario.NAIVE_ATO && !prefix.network().hosting()) {
            long[] last = null;
            for (long[] s : victim.signIns) {
                if (s[0] < time && (last == null || s[0] > last[0])) {
                    last = s;
                }
            }
            Prefix from = last == null ? null : world.prefix((int) last[2]);
            if (from != null && !from.network().hosting() && from.network().kind() != NetworkKind.BUSINESS) {
                double km = GreatCircleKm.between(from.city(), prefix.city());
                double hours = Math.max(1e-3, (time - last[0]) / 3_600_000.0);
                if (km > 500 && km / hours > 1000) {
                    return Detection.IMPOSSIBLE_TRAVEL;
                }
            }
        }
        return model.cause();
    }

    private int signInsBefore(SimUser u, long time) {
        int n = 0;
        for (long[] s : u.signIns) {
            if (s[0] < time) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where the user signed in from most often before {@code time}: their most frequent ASN (home ISP,
     * carrier, office or own VPN) and, within it, their most frequent /16 (which fixes the city). A
     * targeted attacker takes another address of that network in that city.
     */
    Prefix usualPrefix(SimUser u, long time) {
        long asn = mostFrequent(u, time, 1, -1);
        return world.prefix((int) mostFrequent(u, time, 2, asn));
    }

    /** The most frequent value of column {@code column} of the sign-ins before {@code time} (ties: smallest). */
    private long mostFrequent(SimUser u, long time, int column, long asn) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = column == 1 ? u.isp.asn() : u.homePrefix.block();
        int bestCount = 0;
        for (long[] s : u.signIns) {
            if (s[0] >= time || (asn >= 0 && s[1] != asn)) {
                continue;
            }
            int c = counts.merge(s[column], 1, Integer::sum);
            if (c > bestCount || (c == bestCount && s[column] < best)) {
                best = s[column];
                bestCount = c;
            }
        }
        return best;
    }

    private Device lastDevice(SimUser u, long time) {
        Device last = u.desktop;
        long lastTime = Long.MIN_VALUE;
        for (int i = 0; i < u.signIns.size(); i++) {
            long t = u.signIns.get(i)[0];
            if (t < time && t > lastTime) {
                lastTime = t;
                last = u.signInDevices.get(i);
            }
        }
        return last;
    }

    // ---- tokens ----

    private void tokenTheft(String campaign) {
        Generator.SpaSession session = null;
        for (int attempt = 0; attempt < 200 && session == null; attempt++) {
            Generator.SpaSession s = g.spaSessions.get(random.nextInt(g.spaSessions.size()));
            if (s.time() >= from && s.time() < until - 10 * 60 * Generator.MINUTE) {
                session = s;
            }
        }
        if (session == null) {
            return;
        }
        String home = session.user().home.country();
        City city;
        do {
            city = world.cities().get(random.nextInt(world.cities().size()));
        } while (city.country().equals(home) || city.country().equals(session.prefix().city().country()));
        Prefix p = addresses.prefixIn(city, random.nextBoolean() ? NetworkKind.RESIDENTIAL : NetworkKind.HOSTING);
        long time = session.time() + (10 + random.nextInt(530)) * Generator.MINUTE;
        SideEventKind kind = random.nextDouble() < 0.8 ? SideEventKind.REFRESH_TOKEN : SideEventKind.CODE_TO_TOKEN;
        String header = random.nextBoolean() ? session.header() : SCRIPT;
        out.token(time, kind, session.user().id, session.sessionId(), p, g.address(p), header,
                Label.attack(Scenario.TOKEN_THEFT, campaign));
    }

    private static void repeat(int times, IntConsumer attack) {
        for (int i = 0; i < times; i++) {
            attack.accept(i);
        }
    }

    private int day(long time) {
        return (int) Math.floorDiv(time - settings.startMillis(), Generator.DAY);
    }
}
