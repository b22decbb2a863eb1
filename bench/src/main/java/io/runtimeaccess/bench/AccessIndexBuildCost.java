package io.runtimeaccess.bench;

import io.runtimeaccess.sharing.check.AccessIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/**
 * What building an {@link AccessIndex} costs at a size: the wall time of {@code AccessIndex.build} (the best and
 * the median of several builds, after two to warm up) and the heap the built index keeps (heap in use after a
 * full GC with and without it). Not JMH: one build takes seconds at 1M grants, and the heap is what matters.
 * {@code java -Xmx6g -cp bench/target/benchmarks.jar io.runtimeaccess.bench.AccessIndexBuildCost 1000000}
 */
public final class AccessIndexBuildCost {

    private AccessIndexBuildCost() {
    }

    public static void main(String[] args) {
        int grants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SyntheticOrganization organization = new SyntheticOrganization(grants, 42);
        for (int i = 0; i < 2; i++) {
            build(organization);
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            build(organization);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        long before = heapInUse();
        AccessIndex kept = build(organization);
        long after = heapInUse();
        System.out.printf("grants %,d: build best %,d ms, median %,d ms (%d runs); index keeps %,d MB%n", grants,
                millis[0], millis[runs / 2], runs, (after - before) >> 20);
        System.out.println(kept.groupNamesVersion() > 0 ? "" : "?");
    }

    private static AccessIndex build(SyntheticOrganization organization) {
        return AccessIndex.build(organization.solutions, organization.groups, organization.grants);
    }

    private static long heapInUse() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
