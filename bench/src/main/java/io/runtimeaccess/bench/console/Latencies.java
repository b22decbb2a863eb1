package io.runtimeaccess.bench.console;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/** Percentiles by nearest rank over recorded samples, in milliseconds. */
final class Latencies {
    final int count;
    final double p50;
    final double p95;
    final double p99;
    final double max;

    private Latencies(long[] sortedNanos) {
        count = sortedNanos.length;
        p50 = millis(rank(sortedNanos, 0.50));
        p95 = millis(rank(sortedNanos, 0.95));
        p99 = millis(rank(sortedNanos, 0.99));
        max = millis(count == 0 ? 0 : sortedNanos[count - 1]);
    }

    static <T> Latencies of(List<T> samples, ToLongFunction<T> nanos) {
        long[] values = samples.stream().mapToLong(nanos).toArray();
        Arrays.sort(values);
        return new Latencies(values);
    }

    private static long rank(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    String row() {
        return String.format("%,d | %.1f | %.1f | %.1f | %.1f", count, p50, p95, p99, max);
    }
}
