package io.runtimeaccess.evaluation.metrics;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many events got each score. Exact for the metrics (ties stay ties) and small whatever the number
 * of events when the scores take few values, as the scorer's 0–100 integers do; so a replay of the
 * 31-million-row RBA file needs no per-event storage.
 */
public final class ScoreHistogram {

    private final TreeMap<Double, long[]> counts = new TreeMap<>();
    private long total;

    public void add(double score) {
        add(score, 1);
    }

    public void add(double score, long n) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN");
        }
        if (n <= 0) {
            return;
        }
        counts.computeIfAbsent(score == 0.0 ? 0.0 : score, k -> new long[1])[0] += n;
        total += n;
    }

    public void addAll(ScoreHistogram other) {
        for (Map.Entry<Double, long[]> e : other.counts.entrySet()) {
            add(e.getKey(), e.getValue()[0]);
        }
    }

    public static ScoreHistogram of(double... scores) {
        ScoreHistogram h = new ScoreHistogram();
        for (double s : scores) {
            h.add(s);
        }
        return h;
    }

    public long total() {
        return total;
    }

    /** Events scoring at least {@code threshold}. */
    public long atLeast(double threshold) {
        long n = 0;
        for (long[] c : counts.tailMap(threshold, true).values()) {
            n += c[0];
        }
        return n;
    }

    public double mean() {
        if (total == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (Map.Entry<Double, long[]> e : counts.entrySet()) {
            sum += e.getKey() * e.getValue()[0];
        }
        return sum / total;
    }

    /** The smallest score such that at least {@code q} of the events score at most it (q in [0, 1]). */
    public double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long need = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (Map.Entry<Double, long[]> e : counts.entrySet()) {
            seen += e.getValue()[0];
            if (seen >= need) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    /** Score → count, ascending. */
    NavigableMap<Double, long[]> counts() {
        return counts;
    }

    long count(double score) {
        long[] c = counts.get(score);
        return c == null ? 0 : c[0];
    }
}
