package io.runtimeaccess.lifecycle.plan;

import java.util.Collection;

/** How many users of a plan are in each step; {@code pending} counts every user still to process (failed ones too). */
public record StepCounts(int total, int done, int gone, int failed, int pending) {

    public static StepCounts of(Collection<UserStep> steps) {
        int done = 0;
        int gone = 0;
        int failed = 0;
        int pending = 0;
        for (UserStep step : steps) {
            switch (step) {
                case DONE -> done++;
                case GONE -> gone++;
                case FAILED -> {
                    failed++;
                    pending++;
                }
                case PENDING -> pending++;
            }
        }
        return new StepCounts(steps.size(), done, gone, failed, pending);
    }
}
