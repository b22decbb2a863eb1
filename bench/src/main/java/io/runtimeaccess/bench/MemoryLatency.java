package io.runtimeaccess.bench;

import java.util.Random;

/**
 * This machine's memory latency: nanoseconds per dependent read when each read's address comes from the one
 * before, over a random cycle through one int per cache line of working sets from 1 to 256 MB. The in-process
 * check's figures at 100k and 1M grants are bounded by such reads (the user's slot, then its groups' masks), and
 * machines of the same name differ here by up to 2×, so a run of the check benchmark is read beside this one.
 * Not JMH: the chain defeats overlap by construction, which is what is measured. Run it with and without
 * {@code -XX:+UseTransparentHugePages} to see what the TLB adds.
 * {@code java -Xmx2g -cp bench/target/benchmarks.jar io.runtimeaccess.bench.MemoryLatency}
 */
public final class MemoryLatency {

    private static final int INTS_PER_LINE = 16;
    private static final int READS = 20_000_000;

    private MemoryLatency() {
    }

    /** The working sets to measure, in MB: the arguments, or 1, 4, 8, 32, 64 and 256. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1, 4, 8, 32, 64, 256}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int megabytes : sizes) {
            int[] next = randomCycle(megabytes << 18, new Random(1));
            int at = chase(next, 0, READS / 4);
            long start = System.nanoTime();
            at = chase(next, at, READS);
            double nanos = (System.nanoTime() - start) / (double) READS;
            System.out.printf("%4d MB: %6.1f ns per dependent read%s%n", megabytes, nanos, at < 0 ? "?" : "");
        }
    }

    /** One int per cache line pointing at the next line of a random cycle through all of them. */
    private static int[] randomCycle(int ints, Random random) {
        int lines = ints / INTS_PER_LINE;
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] next = new int[ints];
        for (int i = 0; i < lines; i++) {
            next[order[i] * INTS_PER_LINE] = order[(i + 1) % lines] * INTS_PER_LINE;
        }
        return next;
    }

    private static int chase(int[] next, int from, int reads) {
        int at = from;
        for (int i = 0; i < reads; i++) {
            at = next[at];
        }
        return at;
    }
}
