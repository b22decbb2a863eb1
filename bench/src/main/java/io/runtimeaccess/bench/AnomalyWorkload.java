package io.runtimeaccess.bench;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.anomaly.network.IpLocator;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic event stream for the anomaly scorer: users with a home network, a phone on a carrier,
 * a browser and habits, producing sign-ins (60%), code exchanges and refreshes (about 30%), failed
 * sign-ins (typos, some spraying) and logouts, in time order. Also its IP locator: every network
 * operator owns one IPv4 /16, looked up in an array.
 */
final class AnomalyWorkload implements IpLocator {

    static final String REALM = "bench";
    private static final long T0 = 1_772_409_600_000L; // 2026-03-02T00:00:00Z
    private static final String[] COUNTRIES = {"DE", "AT", "FR", "GB", "US", "NL", "PL", "IT", "ES", "BR"};
    private static final double[][] CENTRES = {{51, 10}, {47.6, 14}, {46.5, 2.5}, {52.5, -1.5}, {39, -95}, {52, 5},
        {52, 19}, {42, 12.6}, {40.4, -3.7}, {-14, -52}};
    private static final int OPERATORS_PER_COUNTRY = 8; // 5 home ISPs, 2 carriers, 1 hosting
    private static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.1 Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%d.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36",
    };

    private final NetworkLocation[] bySlash16 = new NetworkLocation[65536];
    private final List<String> agentPool = new ArrayList<>();

    AnomalyWorkload() {
        for (int c = 0; c < COUNTRIES.length; c++) {
            for (int k = 0; k < OPERATORS_PER_COUNTRY; k++) {
                int index = c * OPERATORS_PER_COUNTRY + k;
                bySlash16[(11 << 8) + index] = new NetworkLocation(COUNTRIES[c], null, null, 64_500 + index,
                        COUNTRIES[c] + " operator " + k, CENTRES[c][0], CENTRES[c][1], k == 7);
            }
        }
        for (String template : AGENTS) {
            for (int version = 110; version < 125; version++) {
                agentPool.add(template.replace("%d", Integer.toString(template.contains("Version/") ? version - 100 : version)));
            }
        }
    }

    /**
     * The operators' /16s as rows of the ip-location-db range tables, so a real locator answers for the
     * stream's addresses what this one does: {@code country} gets {@code start,end,CC} lines and {@code asn}
     * gets {@code start,end,asn,organization} lines (the hosting operator's name says "Hosting").
     */
    void appendRangeRows(StringBuilder country, StringBuilder asn) {
        for (int index = 0; index < bySlash16.length; index++) {
            NetworkLocation n = bySlash16[index];
            if (n == null) {
                continue;
            }
            String range = (index >>> 8) + "." + (index & 0xFF) + ".0.0," + (index >>> 8) + "." + (index & 0xFF) + ".255.255,";
            country.append(range).append(n.country()).append('\n');
            asn.append(range).append(n.asn()).append(',').append(n.asOrg()).append(n.hosting() ? " Hosting" : "")
                    .append('\n');
        }
    }

    /** The first octet of every address this workload uses. */
    static final int FIRST_OCTET = 11;

    @Override
    public NetworkLocation locate(String ip) {
        int first = ip.indexOf('.');
        int second = ip.indexOf('.', first + 1);
        if (first < 0 || second < 0) {
            return NetworkLocation.UNKNOWN;
        }
        int a = parse(ip, 0, first);
        int b = parse(ip, first + 1, second);
        NetworkLocation location = a < 256 && b < 256 ? bySlash16[(a << 8) + b] : null;
        return location == null ? NetworkLocation.UNKNOWN : location;
    }

    private static int parse(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static String address(int country, int operator, int subnet, int host) {
        return "11." + (country * OPERATORS_PER_COUNTRY + operator) + "." + subnet + "." + host;
    }

    /** About {@code perUser} events per user over {@code days}, sorted by time. */
    List<UserEvent> generate(int users, int days, int perUser, long seed) {
        Random random = new Random(seed);
        List<long[]> plan = new ArrayList<>(users * perUser);
        String[] homes = new String[users];
        String[] phones = new String[users];
        int[] countries = new int[users];
        int[] carriers = new int[users];
        for (int u = 0; u < users; u++) {
            countries[u] = random.nextDouble() < 0.7 ? random.nextInt(3) : random.nextInt(COUNTRIES.length);
            homes[u] = agentPool.get(random.nextInt(agentPool.size()));
            phones[u] = agentPool.get(3 * 15 + random.nextInt(30));
            carriers[u] = 5 + random.nextInt(2);
            int signIns = perUser / 2 + random.nextInt(perUser / 3 + 1);
            for (int i = 0; i < signIns; i++) {
                long time = T0 + (long) random.nextInt(days) * 86_400_000L
                        + (long) ((7 + random.nextGaussian() * 3 + (u % 10)) * 3_600_000L);
                plan.add(new long[] {time, u, i});
            }
        }
        plan.sort((x, y) -> Long.compare(x[0], y[0]));
        List<UserEvent> events = new ArrayList<>(plan.size() * 2);
        int ids = 0;
        for (long[] step : plan) {
            int u = (int) step[1];
            long time = step[0];
            String user = "user-" + u;
            boolean phone = random.nextDouble() < 0.25;
            String agent = phone ? phones[u] : homes[u];
            String ip = phone
                    ? address(countries[u], carriers[u], random.nextInt(256), 1 + random.nextInt(254))
                    : address(countries[u], u % 5, (u * 7) & 0xFF, 1 + u % 250);
            String session = "sess-" + (ids++);
            double r = random.nextDouble();
            if (r < 0.05) {
                events.add(new UserEvent("e" + ids++, time - 15_000, REALM, user, user, UserEventType.LOGIN_ERROR, ip,
                        agent, null, "invalid_user_credentials"));
            } else if (r < 0.06) { // someone trying unknown usernames from a datacenter
                String bot = address(random.nextInt(COUNTRIES.length), 7, random.nextInt(4), 9);
                events.add(new UserEvent("e" + ids++, time - 5_000, REALM, null, "nobody" + random.nextInt(10_000),
                        UserEventType.LOGIN_ERROR, bot, "python-requests/2.31", null, "user_not_found"));
            }
            // Each browser presents its device cookie's id; one sign-in in fifty comes without it (a private window).
            String deviceId = random.nextDouble() < 0.02 ? "fresh-" + ids : (phone ? "phone-" : "desktop-") + u;
            events.add(new UserEvent("e" + ids++, time, REALM, user, user, UserEventType.LOGIN, ip, agent, session, null,
                    deviceId));
            events.add(new UserEvent("e" + ids++, time + 800, REALM, user, user, UserEventType.CODE_TO_TOKEN, ip, agent,
                    session, null));
            if (random.nextDouble() < 0.3) {
                events.add(new UserEvent("e" + ids++, time + 300_000, REALM, user, user, UserEventType.REFRESH_TOKEN, ip,
                        agent, session, null));
            }
            if (random.nextDouble() < 0.1) {
                events.add(new UserEvent("e" + ids++, time + 600_000, REALM, user, user, UserEventType.LOGOUT, ip, agent,
                        session, null));
            }
        }
        events.sort((x, y) -> Long.compare(x.timeMillis(), y.timeMillis()));
        return events;
    }
}
