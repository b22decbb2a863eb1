package io.runtimeaccess.evaluation.generator;

import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.evaluation.dataset.Dataset;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.LoginLabel;
import io.runtimeaccess.evaluation.dataset.SideEvent;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.rba.RbaRow;
import io.runtimeaccess.evaluation.world.City;
import io.runtimeaccess.evaluation.world.GreatCircleKm;
import io.runtimeaccess.evaluation.world.NetworkKind;
import io.runtimeaccess.evaluation.world.Prefix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Gathers generated events in any order and hands them out as a time-ordered {@link Dataset}. */
final class Collector {

    /** The service's servers are in Frankfurt: the round-trip time grows with the distance from there. */
    private static final double SERVER_LAT = 50.110;
    private static final double SERVER_LON = 8.682;

    private final List<Draft> logins = new ArrayList<>();
    private final List<Draft> sides = new ArrayList<>();
    private long sequence;
    private long sessions;
    /**
     * One copy of each header and browser text: a realm sends a few dozen, and a copy per event was a
     * third of the memory of 100,000 users' events.
     */
    private final Map<String, String> texts = new HashMap<>();

    private record Draft(long time, long sequence, RbaRow row, LoginLabel label, SideEvent side) {
    }

    String newSession() {
        return "s" + Long.toHexString(++sessions);
    }

    void login(long time, String userId, boolean knownUser, Prefix prefix, String ip, Agent agent, String header,
            String browser, boolean success, boolean attackIp, boolean takeover, Label label, String sessionId,
            SplittableRandom random) {
        login(time, userId, knownUser, prefix, ip, agent, header, browser, success, attackIp, takeover, label,
                sessionId, null, random);
    }

    /** As above, for a successful browser sign-in that carried a device id. */
    void login(long time, String userId, boolean knownUser, Prefix prefix, String ip, Agent agent, String header,
            String browser, boolean success, boolean attackIp, boolean takeover, Label label, String sessionId,
            String deviceId, SplittableRandom random) {
        City c = prefix.city();
        RbaRow row = new RbaRow(0, time, userId, rtt(prefix, random), ip, c.country(), c.region(), c.name(),
                prefix.network().asn(), text(header), text(browser), agent == null ? null : agent.os(),
                agent == null ? "bot" : agent.deviceType(), success, attackIp, takeover);
        logins.add(new Draft(time, sequence++, row, new LoginLabel(0, label, knownUser, sessionId, deviceId), null));
    }

    void token(long time, SideEventKind kind, String userId, String sessionId, Prefix prefix, String ip,
            String header, Label label) {
        City c = prefix.city();
        sides.add(new Draft(time, sequence++, null, null, new SideEvent(time, kind, userId, sessionId, ip, c.country(),
                c.region(), c.name(), prefix.network().asn(), text(header), label, null, null, null, null, null)));
    }

    private String text(String value) {
        return value == null ? null : texts.computeIfAbsent(value, v -> v);
    }

    void admin(long time, String adminId, Prefix prefix, String ip, AdminOperation operation, String resourceType,
            String resourcePath, String targetUser, List<GrantedAccess> granted, Label label) {
        City c = prefix.city();
        sides.add(new Draft(time, sequence++, null, null, new SideEvent(time, SideEventKind.ADMIN, adminId, null, ip,
                c.country(), c.region(), c.name(), prefix.network().asn(), null, label, operation, resourceType,
                resourcePath, targetUser, granted)));
    }

    /** Round-trip time in ms: 12 ms plus 1 ms per 100 km from the servers, more on mobile networks, jitter. */
    private static int rtt(Prefix prefix, SplittableRandom random) {
        City c = prefix.city();
        double km = GreatCircleKm.between(SERVER_LAT, SERVER_LON, c.latitude(), c.longitude());
        double ms = 12 + km / 100 + random.nextDouble() * 18;
        if (prefix.network().kind() == NetworkKind.MOBILE) {
            ms += 25 + random.nextDouble() * 40;
        }
        return (int) Math.round(ms);
    }

    /** The events in [startMillis, endMillis), in time order (ties in the order they were made). */
    Dataset build(long startMillis, long endMillis) {
        Comparator<Draft> order = Comparator.comparingLong(Draft::time).thenComparingLong(Draft::sequence);
        logins.removeIf(d -> d.time >= endMillis || d.time < startMillis);
        sides.removeIf(d -> d.time >= endMillis || d.time < startMillis);
        logins.sort(order);
        sides.sort(order);
        List<RbaRow> rows = new ArrayList<>(logins.size());
        List<LoginLabel> labels = new ArrayList<>(logins.size());
        long index = 0;
        for (int i = 0; i < logins.size(); i++) {
            Draft d = logins.set(i, null); // let each draft go once copied: at 100,000 users they are gigabytes
            RbaRow r = d.row;
            rows.add(new RbaRow(index, r.timeMillis(), r.userId(), r.rttMillis(), r.ip(), r.country(), r.region(),
                    r.city(), r.asn(), r.userAgent(), r.browser(), r.os(), r.deviceType(), r.loginSuccessful(),
                    r.attackIp(), r.accountTakeover()));
            LoginLabel l = d.label;
            labels.add(new LoginLabel(index, l.label(), l.knownUser(), l.sessionId(), l.deviceId()));
            index++;
        }
        logins.clear();
        List<SideEvent> side = new ArrayList<>(sides.size());
        for (int i = 0; i < sides.size(); i++) {
            side.add(sides.set(i, null).side);
        }
        sides.clear();
        return new Dataset(rows, labels, side);
    }
}
