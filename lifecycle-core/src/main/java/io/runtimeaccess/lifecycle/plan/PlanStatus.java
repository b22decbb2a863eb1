package io.runtimeaccess.lifecycle.plan;

/**
 * Where an offboarding plan is. A dry run creates it {@link #PLANNED}; apply moves it to {@link #APPLYING} before
 * the first user and to {@link #APPLIED} after the last. A plan left {@link #APPLYING} (the server stopped, or
 * a user's step failed) is resumed by applying it again: users already done are not touched twice.
 */
public enum PlanStatus {
    PLANNED, APPLYING, APPLIED;

    /** Whether apply may (start or) continue. */
    public boolean applicable() {
        return this != APPLIED;
    }

    /** The status once the users' steps stand as counted. */
    public static PlanStatus of(StepCounts counts) {
        return counts.pending() == 0 ? APPLIED : APPLYING;
    }
}
