package io.runtimeaccess.evaluation.probe;

import io.runtimeaccess.anomaly.AnomalyScorer;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.generator.Generator;
import io.runtimeaccess.evaluation.generator.GeneratorSettings;
import io.runtimeaccess.evaluation.replay.EventKind;
import io.runtimeaccess.evaluation.replay.EventStream;
import io.runtimeaccess.evaluation.replay.LabeledEvent;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import io.runtimeaccess.evaluation.world.World;
import io.runtimeaccess.evaluation.world.WorldLocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Asks whether the realm's counts still tell a never-seen network from a busy one after a realm's
 * history: the two checks that skip "busy" networks must not skip a /24 nobody ever used.
 * <ul>
 *   <li><b>token check skipped</b>: a token refresh of a live session
 *       from a never-used /24 of a residential ISP in another country, 10 minutes after the sign-in
 *       (sessions that signed in during the history's last 9 hours),
 *       that gets no TOKEN_ANOMALY reason;</li>
 *   <li><b>travel check skipped</b>: a sign-in from a never-used residential /24 at least 5,000 km from
 *       the user's last sign-in, 30 minutes after it, that gets no IMPOSSIBLE_TRAVEL reason. Users whose
 *       last sign-in came through a VPN or datacenter, their mobile carrier, or a /24 that ten or more
 *       users really shared (the office NAT) are not probed: skipping those is right. Nor are users whose
 *       last sign-in was an attack or was not learned (scored too high), as their profile's last
 *       sign-in is then not the one the probe measures from.</li>
 * </ul>
 * Every probe uses its own /24 outside the world table's blocks (so no event used it), located by
 * {@link ProbeLocator} where the probe needs it: what one probe teaches the scorer cannot hide another.
 * The probes run on the scorer that replayed the history, after it, and nothing else is scored then.
 */
public final class SaturationProbe {

    static final long MINUTE = 60_000L;
    /**
     * Sessions signed in this long before the history's last event are still remembered: the scorer
     * forgets sessions after their maximum age (10 hours by default) as new ones come.
     */
    static final long SESSION_WINDOW = 9 * 3_600_000L;
    static final double TRAVEL_KM = 5_000;
    static final int SHARED_USERS = 10;

    private final World world;
    private final int maxProbes;
    private final ProbeLocator locator;
    /** Distinct users per /24 of successful sign-ins, for "really shared". */
    private final Map<Integer, Integer> usersPer24 = new HashMap<>();
    private final Map<String, LastSignIn> last = new HashMap<>();
    /** (user, /24) pairs seen, to count each user once per /24. */
    private final Set<Long> userNetworks = new HashSet<>();
    private long end;
    private int cursor;

    record LastSignIn(long time, String userId, String sessionId, String ip, String userAgent, Prefix prefix) {
    }

    /** Figures of one run. */
    public record Result(int tokenProbes, int tokenSkipped, int travelProbes, int travelSkipped) {

        public double tokenRate() {
            return tokenProbes == 0 ? 0 : (double) tokenSkipped / tokenProbes;
        }

        public double travelRate() {
            return travelProbes == 0 ? 0 : (double) travelSkipped / travelProbes;
        }

        public String line() {
            return String.format(Locale.ROOT, "token check skipped %d of %d (%.2f %%), travel check skipped %d of %d (%.2f %%)",
                    tokenSkipped, tokenProbes, 100 * tokenRate(), travelSkipped, travelProbes, 100 * travelRate());
        }
    }

    public SaturationProbe(World world, ProbeLocator locator, int maxProbes) {
        this.world = world;
        this.locator = locator;
        this.maxProbes = maxProbes;
    }

    /** Generates the realm, replays it and probes it; the report's text, with what it took. */
    public static String report(GeneratorSettings settings, int maxProbes) {
        long t0 = System.nanoTime();
        Dataset dataset = Generator.generate(settings);
        long t1 = System.nanoTime();
        // the world the generator drew the realm from: above 2,000 users it has more residential networks than the
        // base world, whose locator would leave their sign-ins unlocated and drop their users from the probe
        World world = World.forUsers(settings.users());
        ProbeLocator locator = new ProbeLocator(world, new WorldLocator(world));
        AnomalyScorer scorer = new AnomalyScorer(ScorerSettings.defaults(), locator);
        Result result = new SaturationProbe(world, locator, maxProbes).run(dataset, scorer);
        long t2 = System.nanoTime();
        return String.format(Locale.ROOT, "Saturation probe, model %s: seed %d, %,d users, %d weeks: %s.%n"
                        + "Generated %,d rows in %.1f s; history replayed and probed in %.1f s; scorer state %,d bytes"
                        + " (%,d per active user, %,d users): %s.%n",
                AnomalyScorer.MODEL_VERSION, settings.seed(), settings.users(), settings.weeks(), result.line(),
                dataset.rows().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, scorer.approximateStateBytes(),
                scorer.approximateStateBytes() / Math.max(1, scorer.activeUsers()), scorer.activeUsers(),
                scorer.stateBytesByTable());
    }

    /** Replays the dataset's events through the scorer (the history), then runs the probes on it. */
    public Result run(Dataset dataset, AnomalyScorer scorer) {
        EventStream events = new EventStream(dataset.rows().iterator(), dataset.labels().iterator(),
                dataset.sideEvents().iterator(), null);
        while (events.hasNext()) {
            LabeledEvent e = events.next();
            if (e.user() != null) {
                remember(e, scorer.assess(e.user()), scorer.settings().learnBelowScore());
            } else {
                scorer.assess(e.admin());
            }
            end = Math.max(end, e.timeMillis());
        }
        return probe(scorer);
    }

    private void remember(LabeledEvent e, Assessment a, int learnBelow) {
        UserEvent u = e.user();
        int net = slash24(u.ip());
        if (e.kind() != EventKind.SIGN_IN || u.userId() == null || net < 0) {
            return;
        }
        if (userNetworks.add(((long) u.userId().hashCode() << 24) | net)) {
            usersPer24.merge(net, 1, Integer::sum);
        }
        Prefix prefix = world.prefixOf(u.ip());
        if (prefix == null || e.label().positive() || a.score() >= learnBelow) {
            last.remove(u.userId()); // the profile's last sign-in is not one we know: leave this user out
        } else {
            last.put(u.userId(), new LastSignIn(u.timeMillis(), u.userId(), u.sessionId(), u.ip(), u.userAgent(), prefix));
        }
    }

    private Result probe(AnomalyScorer scorer) {
        List<LastSignIn> candidates = new ArrayList<>(last.values());
        candidates.sort((a, b) -> a.userId().compareTo(b.userId()));
        // rounded up, so at most maxProbes users are probed
        int step = Math.max(1, (candidates.size() + maxProbes - 1) / maxProbes);
        int tokenProbes = 0;
        int tokenSkipped = 0;
        int travelProbes = 0;
        int travelSkipped = 0;
        for (int i = 0; i < candidates.size(); i += step) {
            LastSignIn s = candidates.get(i);
            if (s.sessionId() != null && s.time() >= end - SESSION_WINDOW && !s.prefix().network().hosting()) {
                Prefix foreign = residentialAway(s.prefix().city(), 0);
                UserEvent refresh = new UserEvent("probe-token-" + i, s.time() + 10 * MINUTE, EventStream.REALM,
                        s.userId(), s.userId().toLowerCase(Locale.ROOT), UserEventType.REFRESH_TOKEN, locator.fresh(foreign),
                        s.userAgent(), s.sessionId(), null);
                tokenProbes++;
                if (!has(scorer.assess(refresh), Detection.TOKEN_ANOMALY)) {
                    tokenSkipped++;
                }
            }
            Integer sharers = usersPer24.get(slash24(s.ip()));
            boolean shared = sharers != null && sharers >= SHARED_USERS;
            NetworkKind kind = s.prefix().network().kind();
            if (!shared && kind != NetworkKind.HOSTING && kind != NetworkKind.MOBILE) {
                Prefix away = residentialAway(s.prefix().city(), TRAVEL_KM);
                UserEvent signIn = new UserEvent("probe-travel-" + i, s.time() + 30 * MINUTE, EventStream.REALM,
                        s.userId(), s.userId().toLowerCase(Locale.ROOT), UserEventType.LOGIN, locator.fresh(away),
                        s.userAgent(), "probe-session-" + i, null);
                travelProbes++;
                if (!has(scorer.assess(signIn), Detection.IMPOSSIBLE_TRAVEL)) {
                    travelSkipped++;
                }
            }
        }
        return new Result(tokenProbes, tokenSkipped, travelProbes, travelSkipped);
    }

    /**
     * A residential ISP's /16 in another country at least {@code minKm} from the city, chosen in turn
     * among all that qualify.
     */
    private Prefix residentialAway(City from, double minKm) {
        List<Prefix> all = world.prefixes();
        for (int tries = 0; tries < all.size(); tries++) {
            Prefix p = all.get(cursor++ % all.size());
            if (p.network().kind() == NetworkKind.RESIDENTIAL && !p.city().country().equals(from.country())
                    && GreatCircleKm.between(from, p.city()) >= minKm) {
                return p;
            }
        }
        throw new IllegalStateException("no residential network " + minKm + " km from " + from.name());
    }

    private static boolean has(Assessment a, Detection detection) {
        for (Reason r : a.reasons()) {
            if (r.detection() == detection) {
                return true;
            }
        }
        return false;
    }

    /** The first three octets of an IPv4 address as a number, or -1. */
    static int slash24(String ip) {
        if (ip == null) {
            return -1;
        }
        int value = 0;
        int octets = 0;
        int current = 0;
        for (int i = 0; i < ip.length(); i++) {
            char c = ip.charAt(i);
            if (c == '.') {
                value = (value << 8) | current;
                current = 0;
                if (++octets == 3) {
                    return value;
                }
            } else if (c >= '0' && c <= '9') {
                current = current * 10 + (c - '0');
            } else {
                return -1;
            }
        }
        return -1;
    }
}
