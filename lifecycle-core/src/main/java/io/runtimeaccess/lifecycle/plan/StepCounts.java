package io.runtimeaccess.lifecycle.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many users of a plan are in each step; {@code pending} counts every user still to process (failed ones too). */
public record StepCounts(int total, int done, int gone, int failed, int pending) {

    public static StepCounts of(Collection<UserStep> steps) {
        Map<UserStep, Long> counts = new EnumMap<>(UserStep.class);
        steps.forEach(step -> counts.merge(step, 1L, Long::sum));
        return of(counts);
    }

    /** From a count per step (a database can count them, so a list of plans reads no user rows). */
    public static StepCounts of(Map<UserStep, Long> counts) {
        int done = count(counts, UserStep.DONE);
        int gone = count(counts, UserStep.GONE);
        int failed = count(counts, UserStep.FAILED);
        int pending = count(counts, UserStep.PENDING) + failed;
        return new StepCounts(done + gone + pending, done, gone, failed, pending);
    }

    private static int count(Map<UserStep, Long> counts, UserStep step) {
        return counts.getOrDefault(step, 0L).intValue();
    }
}
