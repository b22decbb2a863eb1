package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import java.util.SplittableRandom;

/**
 * A benign sign-in and the tokens of its session: half of the sessions belong to a confidential web app
 * whose backend redeems the code from a datacenter, the other half to a single-page app that requests and
 * refreshes tokens from the user's own address (kept in {@link Generator#spaSessions} for token theft).
 */
final class BenignSignIns {

    private static final String BACKEND_AGENT = "Apache-HttpClient/4.5.14 (Java/21.0.5)";

    private final Generator g;
    private final SplittableRandom random;
    private final Prefix backendPrefix;
    private final String[] backendIps;

    BenignSignIns(Generator generator) {
        this.g = generator;
        this.random = generator.random;
        World world = generator.world;
        this.backendPrefix = world.prefixes(world.network(24940), world.city("DE", "Nuremberg")).get(0);
        this.backendIps = new String[] {backendPrefix.address(44, 10), backendPrefix.address(44, 11)};
    }

    /** A benign sign-in: maybe a typo or two first, rarely only failures; then the tokens of its session. */
    void signIn(SimUser u, long time, int day, Device device, Prefix prefix, String ip, Label label,
            double typoRate) {
        String header = device.header(day);
        String browser = device.browser(day);
        if (random.nextDouble() < 0.002) {
            int failures = 3 + random.nextInt(3);
            for (int f = 0; f < failures; f++) {
                g.out.login(time + f * (20_000L + random.nextInt(40_000)), u.id, true, prefix, ip, device.agent(), header,
                        browser, false, false, false, label, null, random);
            }
            return;
        }
        if (random.nextDouble() < typoRate) {
            int failures = random.nextDouble() < 0.2 ? 2 : 1;
            for (int f = failures; f >= 1; f--) {
                g.out.login(time - f * (5_000L + random.nextInt(35_000)), u.id, true, prefix, ip, device.agent(), header,
                        browser, false, false, false, label, null, random);
            }
        }
        String session = g.out.newSession();
        g.out.login(time, u.id, true, prefix, ip, device.agent(), header, browser, true, false, false, label, session,
                g.cookies.benign(u, device), random);
        u.signIns.add(new long[] {time, prefix.network().asn(), prefix.block()});
        u.signInDevices.add(device);
        u.signInHeaders.add(header);
        if (random.nextDouble() < 0.5) {
            Label client = Label.benign(Scenario.BENIGN_CLIENT);
            String backend = backendIps[random.nextInt(backendIps.length)];
            g.out.token(time + 300 + random.nextInt(1200), SideEventKind.CODE_TO_TOKEN, u.id, session, backendPrefix,
                    backend, BACKEND_AGENT, client);
            int refreshes = random.nextInt(3);
            for (int r = 0; r < refreshes; r++) {
                g.out.token(time + (5 + random.nextInt(300)) * Generator.MINUTE, SideEventKind.REFRESH_TOKEN, u.id, session,
                        backendPrefix, backend, BACKEND_AGENT, client);
            }
        } else {
            g.out.token(time + 200 + random.nextInt(800), SideEventKind.CODE_TO_TOKEN, u.id, session, prefix, ip, header,
                    label);
            g.spaSessions.add(new Generator.SpaSession(time, u, session, prefix, ip, header));
            int refreshes = random.nextInt(4);
            for (int r = 0; r < refreshes; r++) {
                Prefix p = prefix;
                String at = ip;
                if (prefix.network().kind() == NetworkKind.MOBILE && random.nextBoolean()) {
                    p = g.carrierPrefix(u);
                    at = g.address(p);
                }
                g.out.token(time + (5 + random.nextInt(480)) * Generator.MINUTE, SideEventKind.REFRESH_TOKEN, u.id,
                        session, p, at, header, label);
            }
        }
    }
}
