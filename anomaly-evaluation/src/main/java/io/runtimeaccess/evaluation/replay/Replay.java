package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.finding.Assessment;
import io.runtimeaccess.anomaly.finding.Detection;
import io.runtimeaccess.anomaly.finding.Reason;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.metrics.CampaignStats;
import io.runtimeaccess.evaluation.metrics.ReasonStats;
import io.runtimeaccess.evaluation.metrics.ScoreHistogram;
import java.util.EnumMap;
import java.util.Iterator;

/**
 * Replays events in time order through an {@link EventScorer}: each event is assessed once, and the
 * scorer learns from it itself after scoring (its contract), so no event makes itself look normal. Events
 * before {@code countFromMillis} (the warm-up) are scored and learned but not counted; attack context
 * events (an attacker's token request right after the sign-in) are scored but counted neither as
 * positives nor as negatives.
 */
public final class Replay {

    private Replay() {
    }

    /**
     * @param events           time-ordered labelled events
     * @param scorer           the scorer under test, fresh
     * @param alertThreshold   an event is alerted when its score is at least this
     * @param countFromMillis  the end of the warm-up
     */
    public static ReplayResults run(Iterator<LabeledEvent> events, EventScorer scorer, double alertThreshold,
            long countFromMillis) {
        ReplayResults results = new ReplayResults(alertThreshold);
        long started = System.nanoTime();
        while (events.hasNext()) {
            LabeledEvent e = events.next();
            Assessment a = e.user() != null ? scorer.assess(e.user()) : scorer.assess(e.admin());
            results.events++;
            results.count(e.label().scenario(), e.kind());
            if (e.timeMillis() < countFromMillis) {
                results.warmupEvents++;
                continue;
            }
            recordCampaignFinding(results, e, a);
            boolean alert = a.score() >= alertThreshold;
            if (e.label().negative()) {
                results.score(e.label().scenario(), e.kind(), a.score());
                recordBenign(results, e, a, alert);
            } else if (e.label().positive()) {
                results.score(e.label().scenario(), e.kind(), a.score());
                recordAttack(results, e, a, alert);
            }
        }
        results.elapsedNanos = System.nanoTime() - started;
        if (events instanceof EventStream) {
            results.outOfOrder = ((EventStream) events).outOfOrder();
        }
        return results;
    }

    /** Which scenarios the credential-campaign detection fired on, and its text where the event was benign. */
    private static void recordCampaignFinding(ReplayResults results, LabeledEvent e, Assessment a) {
        Reason top = a.topReason();
        if (top == null || top.detection() != Detection.CREDENTIAL_CAMPAIGN) {
            return;
        }
        Label label = e.label();
        results.campaignFindings.computeIfAbsent(label.scenario(), s -> new long[1])[0]++;
        if (label.negative()) {
            results.benignCampaignFindings.add(e.timeMillis());
            results.benignCampaignTexts.add(top.text());
        }
    }

    private static void recordBenign(ReplayResults results, LabeledEvent e, Assessment a, boolean alert) {
        Label label = e.label();
        Reason top = a.topReason();
        Detection topDetection = top == null ? null : top.detection();
        if (label.campaign() != null) {
            results.benignGroup(label.campaign(), e.timeMillis(), alert,
                    alert && decidedBy(a, Detection.UNUSUAL_TIME, results.alertThreshold()));
        }
        if (alert) {
            results.falseAlertReasons.computeIfAbsent(label.scenario(), s -> new EnumMap<>(Detection.class))
                    .merge(topDetection == null ? Detection.NEW_NETWORK : topDetection, 1L, Long::sum);
            results.benignAlert(e.timeMillis(), label.scenario(), topDetection);
            if (e.kind() == EventKind.SIGN_IN && top != null) {
                results.falseAlertTexts.computeIfAbsent(top.detection() + ": " + ReplayResults.pattern(top.text()),
                        k -> new long[1])[0]++;
            }
        }
        if (a.score() > 0 && results.examples.wouldKeepHighest(label.scenario(), a.score())) {
            results.examples.keepHighest(example(e, a));
        }
    }

    private static void recordAttack(ReplayResults results, LabeledEvent e, Assessment a, boolean alert) {
        Label label = e.label();
        Detection topDetection = a.topReason() == null ? null : a.topReason().detection();
        if (label.cause() != null) {
            results.scoresByCause.computeIfAbsent(label.scenario(), s -> new EnumMap<>(Detection.class))
                    .computeIfAbsent(label.cause(), c -> new ScoreHistogram()).add(a.score());
        }
        results.reasons.computeIfAbsent(label.scenario(), s -> new ReasonStats())
                .record(label.cause(), topDetection, lists(a, label.cause()), alert);
        if (label.campaign() != null && ReplayResults.CAMPAIGNS.contains(label.scenario())) {
            results.campaigns.computeIfAbsent(label.campaign(),
                    c -> new CampaignStats(c, label.scenario(), e.timeMillis()))
                    .record(e.timeMillis(), e.kind() == EventKind.SIGN_IN, alert, topDetection);
        } else if (results.examples.wouldKeepLowest(label.scenario(), a.score())) {
            results.examples.keepLowest(example(e, a));
        }
    }

    /** Whether the assessment names the detection the attack was planted to trip, among any of its reasons. */
    private static boolean lists(Assessment a, Detection cause) {
        for (Reason r : a.reasons()) {
            if (r.detection() == cause) {
                return true;
            }
        }
        return false;
    }

    /**
     * The alert needed this detection's reason: the other reasons, combined as the score card combines
     * them (noisy-OR), stay below the threshold.
     */
    static boolean decidedBy(Assessment a, Detection detection, double threshold) {
        for (Reason r : a.reasons()) {
            if (r.detection() == detection) {
                double rest = 1 - (1 - a.score() / 100.0) / (1 - Math.min(r.weight(), 99.9) / 100.0);
                return 100 * rest < threshold;
            }
        }
        return false;
    }

    private static ScoreExamples.Example example(LabeledEvent e, Assessment a) {
        StringBuilder text = new StringBuilder();
        for (Reason r : a.reasons()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(r.detection()).append(' ').append(Math.round(r.weight())).append(": ").append(r.text());
            if (text.length() > 300) {
                break;
            }
        }
        return new ScoreExamples.Example(e.timeMillis(), e.label().scenario(), e.kind(), a.score(), text.toString());
    }
}
