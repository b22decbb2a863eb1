package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.world.Network;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stolen refresh token (or code) of a live single-page-app session used from the victim's own country,
 * where a country check cannot see it. Three variants:
 * <ul>
 *   <li>{@link Scenario#TOKEN_THEFT_SAME_COUNTRY_SAME_UA}: another residential ISP, the victim's exact
 *       header (an infostealer replaying the browser's headers): only the operator differs;</li>
 *   <li>{@link Scenario#TOKEN_THEFT_SAME_COUNTRY_OTHER_UA}: another residential ISP, another header
 *       (a script half the time, another browser otherwise);</li>
 *   <li>{@link Scenario#TOKEN_THEFT_SAME_COUNTRY_HOSTING}: a hosting/VPN network of the country, the
 *       victim's exact header.</li>
 * </ul>
 * Only sessions that signed in from the victim's home country are stolen, so the country never differs.
 */
final class SameCountryTokenTheft {

    static final String SCRIPT = "python-requests/2.32.3";

    private final Generator g;
    private final SplittableRandom random;
    private final long from;
    private final long until;

    SameCountryTokenTheft(Generator generator, long from, long until) {
        this.g = generator;
        this.random = generator.random;
        this.from = from;
        this.until = until;
    }

    void inject(Scenario variant, String campaign) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Generator.SpaSession s = g.spaSessions.get(random.nextInt(g.spaSessions.size()));
            String country = s.user().home.country();
            if (s.time() < from || s.time() >= until - 10 * 60 * Generator.MINUTE
                    || !s.prefix().city().country().equals(country)) {
                continue;
            }
            Prefix p = prefix(variant, country, s.prefix().network().asn());
            if (p == null) {
                continue;
            }
            long time = s.time() + (10 + random.nextInt(530)) * Generator.MINUTE;
            SideEventKind kind = random.nextDouble() < 0.8 ? SideEventKind.REFRESH_TOKEN : SideEventKind.CODE_TO_TOKEN;
            String header = variant == Scenario.TOKEN_THEFT_SAME_COUNTRY_OTHER_UA ? otherHeader(s.header(), day(time))
                    : s.header();
            g.out.token(time, kind, s.user().id, s.sessionId(), p, g.address(p), header, Label.attack(variant, campaign));
            return;
        }
    }

    /** A network of the country other than the session's: residential, or hosting for the hosting variant. */
    private Prefix prefix(Scenario variant, String country, long sessionAsn) {
        NetworkKind kind = variant == Scenario.TOKEN_THEFT_SAME_COUNTRY_HOSTING ? NetworkKind.HOSTING
                : NetworkKind.RESIDENTIAL;
        List<Prefix> candidates = new ArrayList<>();
        for (Network n : g.world.networks(country, kind)) {
            if (n.asn() != sessionAsn) {
                candidates.addAll(g.world.prefixesIn(n, country));
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private String otherHeader(String victims, int day) {
        if (random.nextBoolean()) {
            return SCRIPT;
        }
        String header;
        do {
            Agent agent = random.nextBoolean() ? g.pick(Agent.DESKTOPS, Agent.DESKTOP_SHARE)
                    : g.pick(Agent.PHONES, Agent.PHONE_SHARE);
            header = agent.header(day);
        } while (header.equals(victims));
        return header;
    }

    private int day(long time) {
        return (int) Math.floorDiv(time - g.settings.startMillis(), Generator.DAY);
    }
}
