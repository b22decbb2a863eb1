package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Failure-only guessing campaigns, drawn from a random stream of their own (so adding them leaves every
 * other generated event as it was):
 * <ul>
 *   <li>credential stuffing: {@value #STUFFING_ADDRESSES} residential addresses worldwide, one guess each
 *       for up to {@value #STUFFING_VICTIMS} accounts (a leaked list: all of them existing users) over
 *       {@value #STUFFING_HOURS} hours, with common current desktop browsers; no guess lands;</li>
 *   <li>a low-and-slow spray: one guess every 2–4 minutes for about a day, each from another address of a
 *       pool of residential and mobile addresses, rotating {@value #SLOW_SPRAY_AGENTS} browser headers
 *       (older versions of the common desktop browsers, all distinct), 15% unknown usernames.</li>
 * </ul>
 */
final class Campaigns {

    static final int STUFFING_ADDRESSES = 320;
    static final int STUFFING_VICTIMS = 2000;
    static final int STUFFING_HOURS = 2;
    static final int SLOW_SPRAY_AGENTS = 40;
    static final int SLOW_SPRAY_ATTEMPTS = 450;

    private final Generator g;
    private final SplittableRandom random;
    private final long from;
    private final long until;

    Campaigns(Generator generator, long from, long until) {
        this.g = generator;
        this.random = new SplittableRandom(generator.settings.seed() * 31 + 17);
        this.from = from;
        this.until = until;
    }

    /** Campaigns of each shape: three in eight weeks (at least one). */
    void inject() {
        int n = Math.max(1, g.settings.weeks() * 3 / 8);
        for (int i = 0; i < n; i++) {
            stuffing("stuffing-" + i);
            slowSpray("slow-spray-" + i);
        }
    }

    private void stuffing(String campaign) {
        long time = start(STUFFING_HOURS * 60 * Generator.MINUTE);
        int day = day(time);
        List<Prefix> prefixes = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (int i = 0; i < STUFFING_ADDRESSES; i++) {
            Prefix p = prefix(NetworkKind.RESIDENTIAL);
            prefixes.add(p);
            ips.add(p.address(random.nextInt(256), 1 + random.nextInt(254)));
        }
        List<SimUser> victims = new ArrayList<>(g.users);
        int count = Math.min(STUFFING_VICTIMS, victims.size() * 2 / 3);
        long duration = STUFFING_HOURS * 60 * Generator.MINUTE;
        Label label = Label.attack(Scenario.CREDENTIAL_STUFFING, campaign);
        for (int i = 0; i < count; i++) {
            int pick = i + random.nextInt(victims.size() - i); // a partial shuffle: distinct victims
            SimUser victim = victims.get(pick);
            victims.set(pick, victims.get(i));
            victims.set(i, victim);
            int k = i % STUFFING_ADDRESSES;
            Agent agent = Agent.DESKTOPS[random.nextInt(Agent.DESKTOPS.length)];
            long t = time + duration * i / count + random.nextInt(3_000);
            g.out.login(t, victim.id, true, prefixes.get(k), ips.get(k), agent, agent.header(day), agent.browser(day),
                    false, true, false, label, null, random);
        }
    }

    private void slowSpray(String campaign) {
        long time = start(SLOW_SPRAY_ATTEMPTS * 3 * Generator.MINUTE);
        int day = day(time);
        String[] headers = new String[SLOW_SPRAY_AGENTS];
        String[] browsers = new String[SLOW_SPRAY_AGENTS];
        Agent[] agents = new Agent[SLOW_SPRAY_AGENTS];
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] ages = new int[Agent.DESKTOPS.length];
        int kind = 0;
        for (int a = 0; a < SLOW_SPRAY_AGENTS; kind = (kind + 1) % Agent.DESKTOPS.length) {
            // An older version of each browser in turn; one whose header stops changing (the world table's
            // oldest version) is skipped, so the headers are all distinct.
            Agent agent = Agent.DESKTOPS[kind];
            do {
                ages[kind] += 7;
            } while (seen.contains(agent.header(day - ages[kind])) && ages[kind] < 400);
            if (seen.add(agent.header(day - ages[kind]))) {
                agents[a] = agent;
                headers[a] = agent.header(day - ages[kind]);
                browsers[a] = agent.browser(day - ages[kind]);
                a++;
            }
        }
        List<Prefix> prefixes = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Prefix p = prefix(random.nextDouble() < 0.7 ? NetworkKind.RESIDENTIAL : NetworkKind.MOBILE);
            prefixes.add(p);
            ips.add(p.address(random.nextInt(256), 1 + random.nextInt(254)));
        }
        Label label = Label.attack(Scenario.SLOW_SPRAY, campaign);
        long t = time;
        for (int i = 0; i < SLOW_SPRAY_ATTEMPTS; i++) {
            t += (2 + random.nextInt(3)) * Generator.MINUTE + random.nextInt(60_000);
            boolean known = random.nextDouble() < 0.85;
            String user = known ? g.users.get(random.nextInt(g.users.size())).id : Long.toString(random.nextLong());
            int k = random.nextInt(prefixes.size());
            int a = i % SLOW_SPRAY_AGENTS;
            g.out.login(t, user, known, prefixes.get(k), ips.get(k), agents[a], headers[a], browsers[a], false, true,
                    false, label, null, random);
        }
    }

    private long start(long duration) {
        return from + (long) (random.nextDouble() * Math.max(1, until - from - duration));
    }

    private Prefix prefix(NetworkKind kind) {
        List<City> cities = g.world.cities();
        for (int tries = 0; tries < 20; tries++) {
            City city = cities.get(random.nextInt(cities.size()));
            List<Prefix> prefixes = new ArrayList<>();
            for (io.runtimeaccess.evaluation.world.Network n : g.world.networks(city.country(), kind)) {
                prefixes.addAll(g.world.prefixes(n, city));
            }
            if (!prefixes.isEmpty()) {
                return prefixes.get(random.nextInt(prefixes.size()));
            }
        }
        throw new IllegalStateException("no " + kind + " networks in the world table");
    }

    private int day(long time) {
        return (int) ((time - g.settings.startMillis()) / Generator.DAY);
    }
}
