package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.metrics.CampaignStats;
import io.runtimeaccess.evaluation.metrics.ReasonStats;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a replay measured, in bounded memory: score histograms per scenario and event kind, reason
 * statistics per attacker model, campaign statistics, the reasons of false alerts, and a few examples.
 */
public final class ReplayResults {

    /** Scenarios measured per campaign (attempts and time to the first alert) rather than per event alone. */
    public static final Set<Scenario> CAMPAIGNS = Set.of(Scenario.BRUTE_FORCE, Scenario.PASSWORD_SPRAY,
            Scenario.DISTRIBUTED_SPRAY, Scenario.ADMIN_BULK_DELETE, Scenario.CREDENTIAL_STUFFING, Scenario.SLOW_SPRAY);

    final double alertThreshold;
    final Map<Scenario, EnumMap<EventKind, ScoreHistogram>> scores = new EnumMap<>(Scenario.class);
    final Map<Scenario, EnumMap<EventKind, long[]>> generated = new EnumMap<>(Scenario.class);
    final Map<Scenario, ReasonStats> reasons = new EnumMap<>(Scenario.class);
    final Map<Scenario, Map<Detection, ScoreHistogram>> scoresByCause = new EnumMap<>(Scenario.class);
    final Map<Scenario, Map<Detection, Long>> falseAlertReasons = new EnumMap<>(Scenario.class);
    final Map<String, CampaignStats> campaigns = new LinkedHashMap<>();
    final Map<String, long[]> falseAlertTexts = new java.util.HashMap<>();
    /** Benign events labelled with a group (a night-shift user): first event, events, alerts, last alert. */
    final Map<String, long[]> benignGroups = new LinkedHashMap<>();
    /** Realm-level campaign findings (raised or updated) by the scenario of the event that raised them. */
    final Map<Scenario, long[]> campaignFindings = new EnumMap<>(Scenario.class);
    /** The times of campaign findings raised on benign events: false campaigns. */
    final List<Long> benignCampaignFindings = new ArrayList<>();
    /** Their reasons' texts, in the same order. */
    final List<String> benignCampaignTexts = new ArrayList<>();
    final ScoreExamples examples = new ScoreExamples();
    long events;
    long warmupEvents;
    long elapsedNanos;
    long outOfOrder;

    ReplayResults(double alertThreshold) {
        this.alertThreshold = alertThreshold;
    }

    public double alertThreshold() {
        return alertThreshold;
    }

    /** Histogram of one scenario's counted events of one kind (empty if none). */
    public ScoreHistogram scores(Scenario scenario, EventKind kind) {
        EnumMap<EventKind, ScoreHistogram> byKind = scores.get(scenario);
        ScoreHistogram h = byKind == null ? null : byKind.get(kind);
        return h == null ? new ScoreHistogram() : h;
    }

    /** The union of the histograms of these scenarios and kinds. */
    public ScoreHistogram scores(Collection<Scenario> scenarios, Collection<EventKind> kinds) {
        ScoreHistogram all = new ScoreHistogram();
        for (Scenario s : scenarios) {
            for (EventKind k : kinds) {
                all.addAll(scores(s, k));
            }
        }
        return all;
    }

    /** The kinds of event a scenario's counted events have. */
    public List<EventKind> kindsOf(Scenario scenario) {
        List<EventKind> kinds = new ArrayList<>();
        EnumMap<EventKind, ScoreHistogram> byKind = scores.get(scenario);
        if (byKind != null) {
            for (Map.Entry<EventKind, ScoreHistogram> e : byKind.entrySet()) {
                if (e.getValue().total() > 0) {
                    kinds.add(e.getKey());
                }
            }
        }
        return kinds;
    }

    /** All events of a scenario and kind, warm-up and attack context included. */
    public long generated(Scenario scenario, EventKind kind) {
        EnumMap<EventKind, long[]> byKind = generated.get(scenario);
        long[] c = byKind == null ? null : byKind.get(kind);
        return c == null ? 0 : c[0];
    }

    public Set<Scenario> scenarios() {
        return generated.keySet();
    }

    /** Scores of a scenario's target events, by their injected cause. */
    public Map<Detection, ScoreHistogram> scoresByCause(Scenario scenario) {
        return scoresByCause.getOrDefault(scenario, Map.of());
    }

    public ReasonStats reasons(Scenario scenario) {
        return reasons.getOrDefault(scenario, new ReasonStats());
    }

    /** For benign events that were alerted: how often each detection was the strongest reason. */
    public Map<Detection, Long> falseAlertReasons(Scenario scenario) {
        return falseAlertReasons.getOrDefault(scenario, Map.of());
    }

    /**
     * What the strongest reasons of alerted benign sign-ins say, grouped by detection and the reason's
     * sentence up to its first number, bracket or punctuation, most frequent first.
     */
    public List<Map.Entry<String, Long>> falseAlertTexts(int limit) {
        List<Map.Entry<String, Long>> list = new ArrayList<>();
        for (Map.Entry<String, long[]> e : falseAlertTexts.entrySet()) {
            list.add(Map.entry(e.getKey(), e.getValue()[0]));
        }
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list.subList(0, Math.min(limit, list.size()));
    }

    /** The sentence of a reason up to its first digit, bracket, comma or semicolon. */
    static String pattern(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '(' || c == ',' || c == ';') {
                end = i;
                break;
            }
        }
        return text.substring(0, end).trim();
    }

    /**
     * Counted benign events that carry a group in their label's campaign (one night-shift user, say), by
     * group: {@code {first event millis, events, alerts, last alert millis (0 if none), alerts that
     * UNUSUAL_TIME decided (below the threshold without it), last such alert millis}}.
     */
    public Map<String, long[]> benignGroups() {
        return benignGroups;
    }

    void benignGroup(String group, long time, boolean alert, boolean decidedByTime) {
        long[] g = benignGroups.computeIfAbsent(group, k -> new long[] {time, 0, 0, 0, 0, 0});
        g[1]++;
        if (alert) {
            g[2]++;
            g[3] = time;
            if (decidedByTime) {
                g[4]++;
                g[5] = time;
            }
        }
    }

    public Collection<CampaignStats> campaigns() {
        return campaigns.values();
    }

    /** The highest-scored benign and lowest-scored attack events per scenario. */
    public ScoreExamples examples() {
        return examples;
    }

    /** Events replayed, warm-up included. */
    public long events() {
        return events;
    }

    /** Events in the warm-up: scored and learned, not counted. */
    public long warmupEvents() {
        return warmupEvents;
    }

    public double eventsPerSecond() {
        return elapsedNanos == 0 ? Double.NaN : events * 1e9 / elapsedNanos;
    }

    public long outOfOrder() {
        return outOfOrder;
    }

    void count(Scenario scenario, EventKind kind) {
        generated.computeIfAbsent(scenario, s -> new EnumMap<>(EventKind.class))
                .computeIfAbsent(kind, k -> new long[1])[0]++;
    }

    void score(Scenario scenario, EventKind kind, int score) {
        scores.computeIfAbsent(scenario, s -> new EnumMap<>(EventKind.class))
                .computeIfAbsent(kind, k -> new ScoreHistogram()).add(score);
    }

    /** Alerted benign events (time, scenario), to tell collateral alerts during attack campaigns from the rest. */
    private long[] benignAlertTimes = new long[1024];
    private byte[] benignAlertScenarios = new byte[1024];
    private byte[] benignAlertReasons = new byte[1024];
    private int benignAlertCount;

    void benignAlert(long time, Scenario scenario, Detection reason) {
        if (benignAlertCount == benignAlertTimes.length) {
            benignAlertTimes = java.util.Arrays.copyOf(benignAlertTimes, benignAlertCount * 2);
            benignAlertScenarios = java.util.Arrays.copyOf(benignAlertScenarios, benignAlertCount * 2);
            benignAlertReasons = java.util.Arrays.copyOf(benignAlertReasons, benignAlertCount * 2);
        }
        benignAlertTimes[benignAlertCount] = time;
        benignAlertReasons[benignAlertCount] = (byte) (reason == null ? -1 : reason.ordinal());
        benignAlertScenarios[benignAlertCount++] = (byte) scenario.ordinal();
    }

    /**
     * How long after a campaign's last event its traces still explain alerts: the distributed-spray
     * detection flags successes for three 10-minute windows after the spike's own window.
     */
    public static final long CAMPAIGN_AFTERMATH_MILLIS = 40 * 60_000L;

    /**
     * Alerted benign events of a scenario that fell inside a sign-in guessing campaign (brute force, spray,
     * distributed spray: from its first event to 40 minutes after its last), when the scorer's failure
     * windows are full of the attacker's failures.
     */
    public long benignAlertsDuringCampaigns(Scenario scenario) {
        return benignAlerts(scenario, null, true);
    }

    /**
     * Alerted benign events of a scenario whose strongest reason is one of {@code reasons} (any if
     * {@code null}), inside ({@code during}) or outside guessing campaigns.
     */
    public long benignAlerts(Scenario scenario, Set<Detection> reasons, boolean during) {
        long n = 0;
        for (int i = 0; i < benignAlertCount; i++) {
            if (benignAlertScenarios[i] != scenario.ordinal() || (reasons != null && (benignAlertReasons[i] < 0
                    || !reasons.contains(Detection.values()[benignAlertReasons[i]])))) {
                continue;
            }
            if (duringCampaign(benignAlertTimes[i]) == during) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code t} falls inside a sign-in guessing campaign (or its aftermath). */
    public boolean duringGuessingCampaign(long t) {
        return duringCampaign(t);
    }

    private boolean duringCampaign(long t) {
        for (CampaignStats c : campaigns.values()) {
            if (c.scenario() != Scenario.ADMIN_BULK_DELETE && t >= c.startMillis()
                    && t <= c.lastMillis() + CAMPAIGN_AFTERMATH_MILLIS) {
                return true;
            }
        }
        return false;
    }

    /** Campaign findings raised or updated on events of this scenario. */
    public long campaignFindings(Scenario scenario) {
        long[] n = campaignFindings.get(scenario);
        return n == null ? 0 : n[0];
    }

    /** The times of the campaign findings raised on benign events. */
    public List<Long> benignCampaignFindings() {
        return benignCampaignFindings;
    }

    public List<String> benignCampaignTexts() {
        return benignCampaignTexts;
    }
}
