package io.runtimeaccess.evaluation.metrics;

import io.runtimeaccess.anomaly.finding.Detection;
import java.util.EnumMap;
import java.util.Map;

/** Whether the scorer's explanation names the injected cause, over the target events of one attacker model. */
public final class ReasonStats {

    private long events;
    private long topIsCause;
    private long causeAmongReasons;
    private long alerted;
    private long alertedTopIsCause;
    private final Map<Detection, Long> topReasons = new EnumMap<>(Detection.class);
    private long noReason;
    private final Map<Detection, Long> causes = new EnumMap<>(Detection.class);
    private final Map<Detection, Long> listedByCause = new EnumMap<>(Detection.class);

    public void record(Detection cause, Detection top, boolean causeListed, boolean alert) {
        events++;
        if (cause != null) {
            causes.merge(cause, 1L, Long::sum);
        }
        if (top == null) {
            noReason++;
        } else {
            topReasons.merge(top, 1L, Long::sum);
        }
        if (cause != null && cause == top) {
            topIsCause++;
        }
        if (causeListed) {
            causeAmongReasons++;
            if (cause != null) {
                listedByCause.merge(cause, 1L, Long::sum);
            }
        }
        if (alert) {
            alerted++;
            if (cause != null && cause == top) {
                alertedTopIsCause++;
            }
        }
    }

    public long events() {
        return events;
    }

    /** Share of events whose strongest reason is the injected cause. */
    public double topAccuracy() {
        return events == 0 ? Double.NaN : (double) topIsCause / events;
    }

    /** Share of events with the injected cause among their reasons. */
    public double listedAccuracy() {
        return events == 0 ? Double.NaN : (double) causeAmongReasons / events;
    }

    /** Of the events injected with this cause, the share whose reasons list it. */
    public double listedShare(Detection cause) {
        long n = causes.getOrDefault(cause, 0L);
        return n == 0 ? Double.NaN : (double) listedByCause.getOrDefault(cause, 0L) / n;
    }

    /** Among alerted events, the share whose strongest reason is the injected cause. */
    public double alertedTopAccuracy() {
        return alerted == 0 ? Double.NaN : (double) alertedTopIsCause / alerted;
    }

    public long alerted() {
        return alerted;
    }

    /** How often each detection was the strongest reason. */
    public Map<Detection, Long> topReasons() {
        return topReasons;
    }

    /** How often each detection was the injected cause. */
    public Map<Detection, Long> causes() {
        return causes;
    }

    public long noReason() {
        return noReason;
    }
}
