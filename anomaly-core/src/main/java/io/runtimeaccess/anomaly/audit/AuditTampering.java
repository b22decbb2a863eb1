package io.runtimeaccess.anomaly.audit;

import io.runtimeaccess.anomaly.finding.Activity;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.ModelVersion;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.anomaly.observation.IpAddresses;
import io.runtimeaccess.anomaly.observation.NetworkLocation;
import io.runtimeaccess.anomaly.score.Evidence;
import io.runtimeaccess.anomaly.score.SeverityBands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Detection 11: an admin change that makes the realm record less about itself. Removing this listener
 * blinds every other detection; turning off user or admin events, or the admin events' representations,
 * and keeping events for a shorter time erase the trail a security officer would follow. Attackers who got
 * admin rights do these first, so each one is a finding of its own, whatever the admin's history: no
 * learning, one fixed severity ({@link Severity#HIGH} unless configured otherwise), and the admin and
 * their network in the evidence.
 *
 * <p>Turning any of these back on, or keeping events longer, weakens nothing and raises nothing.
 */
public final class AuditTampering {

    /** The listener whose removal is reported. */
    public static final String LISTENER = "runtime-access-events";

    private final Severity severity;
    private final int score;

    /**
     * {@code severity}: of every finding this raises, LOW to CRITICAL; its score is the middle of that band of
     * {@code bands} (the scorer's, {@code ScorerSettings.severityBands()}).
     */
    public AuditTampering(SeverityBands bands, Severity severity) {
        Objects.requireNonNull(bands, "bands");
        this.severity = Objects.requireNonNull(severity, "severity");
        if (severity == Severity.NONE) {
            throw new IllegalArgumentException("audit tampering severity must be LOW, MEDIUM, HIGH or CRITICAL");
        }
        this.score = bands.middleOf(severity);
    }

    /** The assessment of a change, or {@code null} when it weakened nothing. {@code location}: of the admin's IP. */
    public Assessment assess(AuditChange change, NetworkLocation location) {
        List<String[]> weakened = weakened(change.before(), change.after());
        if (weakened.isEmpty()) {
            return null;
        }
        StringJoiner names = new StringJoiner(", ");
        weakened.forEach(w -> names.add(w[0]));
        List<Reason> reasons = new ArrayList<>(weakened.size());
        for (String[] w : weakened) {
            reasons.add(new Reason(Detection.AUDIT_TAMPERING, score, w[1],
                    evidence(change, location, w, names.toString())));
        }
        return new Assessment(change.id(), change.realmId(), change.adminUserId(), change.timeMillis(), score, severity,
                reasons, change.id() == null ? List.of() : List.of(change.id()), ModelVersion.CURRENT,
                Activity.ADMIN_ACTION);
    }

    /** Each weakened setting as {name, sentence, before, after}, in a fixed order. */
    static List<String[]> weakened(AuditSettings before, AuditSettings after) {
        List<String[]> weakened = new ArrayList<>(4);
        if (before.listenerEnabled() && !after.listenerEnabled()) {
            weakened.add(new String[] {"eventsListeners", "Removed the " + LISTENER + " listener", "listed", "removed"});
        }
        if (before.eventsEnabled() && !after.eventsEnabled()) {
            weakened.add(new String[] {"eventsEnabled", "Turned off user events", "on", "off"});
        }
        if (before.adminEventsEnabled() && !after.adminEventsEnabled()) {
            weakened.add(new String[] {"adminEventsEnabled", "Turned off admin events", "on", "off"});
        }
        if (before.adminEventsDetailsEnabled() && !after.adminEventsDetailsEnabled()) {
            weakened.add(new String[] {"adminEventsDetailsEnabled",
                "Turned off the representation (details) in admin events", "on", "off"});
        }
        expiry(weakened, "eventsExpiration", "Event expiry", before.eventsExpirationSeconds(),
                after.eventsExpirationSeconds());
        expiry(weakened, "adminEventsExpiration", "Admin event expiry", before.adminEventsExpirationSeconds(),
                after.adminEventsExpirationSeconds());
        return weakened;
    }

    /** Shorter means: a limit where there was none, or a smaller one. */
    private static void expiry(List<String[]> weakened, String name, String what, long before, long after) {
        boolean shortened = after > 0 && (before <= 0 || after < before);
        if (shortened) {
            String from = duration(before);
            String to = duration(after);
            weakened.add(new String[] {name, what + " shortened from " + from + " to " + to, from, to});
        }
    }

    /** "30 days", "1 hour", "90 minutes", "45 seconds", or "never" for no expiry: exact, in the largest unit that divides. */
    static String duration(long seconds) {
        if (seconds <= 0) {
            return "never";
        }
        if (seconds % 86_400 == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds % 3_600 == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private static Map<String, String> evidence(AuditChange change, NetworkLocation location, String[] weakened,
            String changed) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(Evidence.SETTING, weakened[0]);
        evidence.put(Evidence.BEFORE, weakened[2]);
        evidence.put(Evidence.AFTER, weakened[3]);
        evidence.put(Evidence.CHANGED_SETTINGS, changed);
        evidence.put(Evidence.ADMIN_USER, String.valueOf(change.adminUserId()));
        evidence.put(Evidence.IP, String.valueOf(change.ip()));
        evidence.put(Evidence.ADMIN_NETWORK, IpAddresses.networkLabel(IpAddresses.network(change.ip())));
        NetworkLocation where = location == null ? NetworkLocation.UNKNOWN : location;
        if (where.country() != null) {
            evidence.put(Evidence.COUNTRY, where.country());
        }
        if (where.asn() != 0) {
            evidence.put(Evidence.ASN, Evidence.asn((int) where.asn()));
            if (where.asOrg() != null) {
                evidence.put(Evidence.AS_ORG, where.asOrg());
            }
        }
        if (where.hosting()) {
            evidence.put(Evidence.VPN_OR_DATACENTER, "true");
        }
        return evidence;
    }
}
