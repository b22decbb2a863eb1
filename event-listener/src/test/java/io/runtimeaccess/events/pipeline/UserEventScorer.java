package io.runtimeaccess.events.pipeline;

import io.runtimeaccess.anomaly.EventScorer;
import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.finding.Assessment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test scorer of sign-in events only: it records dismissals and keeps no state to save. */
abstract class UserEventScorer implements EventScorer {

    final List<String> dismissed = new CopyOnWriteArrayList<>();

    @Override
    public Assessment assess(AdminAction action) {
        throw new UnsupportedOperationException("these tests send no admin events");
    }

    @Override
    public void dismissed(Assessment assessment) {
        dismissed.add(assessment.eventId());
    }

    @Override
    public byte[] snapshot() {
        return new byte[0];
    }

    @Override
    public void restore(byte[] snapshot) {
    }
}
