package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Password guessing: brute force on one account from a botnet (a new residential address for most
 * attempts), sometimes ending in a success; single-source sprays (one hosting address and user agent, many
 * usernames, a third of them unknown, a few successes); distributed sprays (hundreds of residential
 * addresses, hundreds of usernames in an hour, then successes).
 */
final class PasswordGuessing extends AttackFamily {

    PasswordGuessing(Generator generator, AttackerAddresses addresses, long from, long until) {
        super(generator, addresses, from, until);
    }

    void bruteForce(String campaign) {
        SimUser victim = g.users.get(random.nextInt(g.users.size()));
        long time = from + (long) (random.nextDouble() * (until - from));
        int attempts = 30 + random.nextInt(121);
        long duration = (10 + random.nextInt(51)) * Generator.MINUTE;
        int day = day(time);
        List<Prefix> recentPrefixes = new ArrayList<>();
        List<String> recentIps = new ArrayList<>();
        Label label = Label.attack(Scenario.BRUTE_FORCE, campaign);
        for (int i = 0; i < attempts; i++) {
            Prefix p;
            String ip;
            if (!recentIps.isEmpty() && random.nextDouble() < 0.3) {
                int k = random.nextInt(recentIps.size());
                p = recentPrefixes.get(k);
                ip = recentIps.get(k);
            } else {
                p = addresses.botnetPrefix();
                ip = g.address(p);
                recentPrefixes.add(p);
                recentIps.add(ip);
                if (recentIps.size() > 5) {
                    recentPrefixes.remove(0);
                    recentIps.remove(0);
                }
            }
            Agent agent = g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE);
            long t = time + duration * i / attempts + random.nextInt(5_000);
            out.login(t, victim.id, true, p, ip, agent, agent.header(day), agent.browser(day), false, true, false, label,
                    null, random);
        }
        if (random.nextDouble() < 0.4) {
            Prefix p = recentPrefixes.get(recentPrefixes.size() - 1);
            Agent agent = g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE);
            out.login(time + duration + 10_000, victim.id, true, p, recentIps.get(recentIps.size() - 1), agent,
                    agent.header(day), agent.browser(day), true, true, true, label, out.newSession(),
                    g.cookies.fresh(), random);
        }
    }

    void spray(String campaign) {
        long time = from + (long) (random.nextDouble() * (until - from));
        int day = day(time);
        List<Prefix> hosting = new ArrayList<>();
        for (Network n : world.networks()) {
            if (n.hosting()) {
                hosting.addAll(world.prefixes(n));
            }
        }
        Prefix p = hosting.get(random.nextInt(hosting.size()));
        String ip = g.address(p);
        boolean script = random.nextBoolean();
        Agent agent = script ? null : Agent.CHROME_WINDOWS;
        String header = script ? Attacks.SCRIPT : agent.header(day - 60);
        String browser = script ? "Python Requests 2.32" : agent.browser(day - 60);
        int names = 100 + random.nextInt(201);
        long duration = (10 + random.nextInt(31)) * Generator.MINUTE;
        Set<Integer> successes = new HashSet<>();
        int wins = 1 + random.nextInt(3);
        while (successes.size() < wins) {
            successes.add(names / 4 + random.nextInt(names - names / 4));
        }
        Label label = Label.attack(Scenario.PASSWORD_SPRAY, campaign);
        for (int i = 0; i < names; i++) {
            long t = time + duration * i / names + random.nextInt(3_000);
            boolean success = successes.contains(i);
            boolean known = success || random.nextDouble() < 0.7;
            String user = known ? g.users.get(random.nextInt(g.users.size())).id : Long.toString(random.nextLong());
            out.login(t, user, known, p, ip, agent, header, browser, success, true, success, label,
                    success ? out.newSession() : null, success ? g.cookies.fresh() : null, random);
        }
    }

    void distributedSpray(String campaign) {
        long time = from + (long) (random.nextDouble() * (until - from));
        int day = day(time);
        int poolSize = 250 + random.nextInt(251);
        List<Prefix> poolPrefixes = new ArrayList<>();
        List<String> poolIps = new ArrayList<>();
        List<Agent> poolAgents = new ArrayList<>();
        for (int i = 0; i < poolSize; i++) {
            Prefix p = addresses.botnetPrefix();
            poolPrefixes.add(p);
            poolIps.add(g.address(p));
            poolAgents.add(g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE));
        }
        int attempts = 600 + random.nextInt(901);
        long duration = (30 + random.nextInt(61)) * Generator.MINUTE;
        Label label = Label.attack(Scenario.DISTRIBUTED_SPRAY, campaign);
        for (int i = 0; i < attempts; i++) {
            int k = random.nextInt(poolSize);
            boolean known = random.nextDouble() < 0.8;
            String user = known ? g.users.get(random.nextInt(g.users.size())).id : Long.toString(random.nextLong());
            Agent agent = poolAgents.get(k);
            long t = time + duration * i / attempts + random.nextInt(2_000);
            out.login(t, user, known, poolPrefixes.get(k), poolIps.get(k), agent, agent.header(day), agent.browser(day),
                    false, true, false, label, null, random);
        }
        int wins = 1 + random.nextInt(3);
        for (int w = 0; w < wins; w++) {
            int k = random.nextInt(poolSize);
            Agent agent = poolAgents.get(k);
            SimUser victim = g.users.get(random.nextInt(g.users.size()));
            long t = time + duration - duration / 5 + random.nextInt((int) (duration / 5));
            out.login(t, victim.id, true, poolPrefixes.get(k), poolIps.get(k), agent, agent.header(day),
                    agent.browser(day), true, true, true, label, out.newSession(), g.cookies.fresh(), random);
        }
    }

    private int day(long time) {
        return (int) Math.floorDiv(time - settings.startMillis(), Generator.DAY);
    }
}
