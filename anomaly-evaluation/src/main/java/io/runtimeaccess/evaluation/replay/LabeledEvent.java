package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.evaluation.dataset.Label;

/** A user event or an admin change with its ground truth; exactly one of {@code user} and {@code admin} is set. */
public record LabeledEvent(long timeMillis, EventKind kind, UserEvent user, AdminAction admin, Label label) {
}
