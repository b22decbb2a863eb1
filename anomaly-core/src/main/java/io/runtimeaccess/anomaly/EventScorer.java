package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.finding.Assessment;

/**
 * Scores events one at a time, in time order, and learns from each after scoring it (score before
 * learn, so an event never makes itself look normal). Not thread-safe: one worker thread owns it.
 */
public interface EventScorer {

    Assessment assess(UserEvent event);

    Assessment assess(AdminAction action);

    /**
     * A person dismissed the assessment as a false positive: what it flagged (the country, the device,
     * the hour, ...) becomes part of the user's normal.
     */
    void dismissed(Assessment assessment);

    /** The learned state, to store so a restart does not forget what normal looks like. */
    byte[] snapshot();

    /** Replaces the learned state with a snapshot taken earlier (by this or an older compatible version). */
    void restore(byte[] snapshot);
}
