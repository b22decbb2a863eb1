package io.runtimeaccess.evaluation.replay;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.evaluation.dataset.Label;
import io.runtimeaccess.evaluation.dataset.LoginLabel;
import io.runtimeaccess.evaluation.dataset.Scenario;
import io.runtimeaccess.evaluation.dataset.SideEvent;
import io.runtimeaccess.evaluation.dataset.SideEventKind;
import io.runtimeaccess.evaluation.rba.RbaRow;
import io.runtimeaccess.evaluation.world.RowLocator;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Turns RBA rows (with their labels, if any) and side events into one time-ordered stream of scorer
 * events. Both inputs must be in time order; on equal times the row comes first (a sign-in before the
 * token request of its session). Streams: nothing is held but the next item of each input.
 *
 * <p>A row becomes a {@code LOGIN} when successful, else a {@code LOGIN_ERROR} with Keycloak's error
 * {@code invalid_user_credentials}, or {@code user_not_found} (and no user id) when its label says the
 * username is unknown. The user id is also the username (the RBA layout has no other). Without labels
 * (a real RBA file) the ground truth is the row's own flags: takeover, attack IP or benign.
 *
 * <p>A successful sign-in carries the device id its label names, unless the stream was made {@link
 * #withoutDeviceIds()}: a realm that does not use the device cookie step.
 *
 * <p>With a {@link RowLocator}, each event's address is registered with the location its row (or side
 * event) states before the event is handed out, so the scorer sees what the file says.
 */
public final class EventStream implements Iterator<LabeledEvent> {

    public static final String REALM = "rba";

    private final Iterator<RbaRow> rows;
    private final Iterator<LoginLabel> labels;
    private final Iterator<SideEvent> sides;
    private final RowLocator locator;
    private RbaRow row;
    private SideEvent side;
    private long sideSequence;
    private long lastTime = Long.MIN_VALUE;
    private long outOfOrder;
    private boolean deviceIds = true;

    public EventStream(Iterator<RbaRow> rows, Iterator<LoginLabel> labels, Iterator<SideEvent> sides,
            RowLocator locator) {
        this.rows = rows;
        this.labels = labels;
        this.sides = sides;
        this.locator = locator;
        this.row = rows.hasNext() ? rows.next() : null;
        this.side = sides != null && sides.hasNext() ? sides.next() : null;
    }

    /** Hands out sign-ins without their device ids, as a realm without the device cookie step sees them. */
    public EventStream withoutDeviceIds() {
        deviceIds = false;
        return this;
    }

    /** Events whose time was earlier than the one before (the input was not sorted). */
    public long outOfOrder() {
        return outOfOrder;
    }

    @Override
    public boolean hasNext() {
        return row != null || side != null;
    }

    @Override
    public LabeledEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LabeledEvent event;
        if (row != null && (side == null || row.timeMillis() <= side.timeMillis())) {
            event = fromRow(row);
            row = rows.hasNext() ? rows.next() : null;
        } else {
            event = fromSide(side);
            side = sides.hasNext() ? sides.next() : null;
        }
        if (event.timeMillis() < lastTime) {
            outOfOrder++;
        }
        lastTime = Math.max(lastTime, event.timeMillis());
        return event;
    }

    private LabeledEvent fromRow(RbaRow r) {
        Label label;
        boolean known = true;
        String session = null;
        String deviceId = null;
        if (labels != null) {
            if (!labels.hasNext()) {
                throw new IllegalStateException("labels file ends before row " + r.index());
            }
            LoginLabel l = labels.next();
            if (l.index() != r.index()) {
                throw new IllegalStateException("labels out of step: row " + r.index() + ", label " + l.index());
            }
            label = l.label();
            known = l.knownUser();
            session = l.sessionId();
            deviceId = deviceIds ? l.deviceId() : null;
        } else if (r.accountTakeover()) {
            label = new Label(Scenario.RBA_ACCOUNT_TAKEOVER, null, null, true);
        } else if (r.attackIp()) {
            label = new Label(Scenario.RBA_ATTACK_IP, null, null, true);
        } else {
            label = Label.benign(Scenario.RBA_BENIGN);
        }
        if (locator != null) {
            locator.register(r.ip(), r.country(), r.region(), r.city(), r.asn(), r.deviceType());
        }
        String username = r.userId() == null ? "" : r.userId().toLowerCase(Locale.ROOT);
        UserEvent event = new UserEvent("r" + r.index(), r.timeMillis(), REALM, known ? r.userId() : null, username,
                r.loginSuccessful() ? UserEventType.LOGIN : UserEventType.LOGIN_ERROR, r.ip(), r.userAgent(),
                r.loginSuccessful() ? session : null,
                r.loginSuccessful() ? null : known ? "invalid_user_credentials" : "user_not_found",
                r.loginSuccessful() ? deviceId : null);
        return new LabeledEvent(r.timeMillis(), r.loginSuccessful() ? EventKind.SIGN_IN : EventKind.FAILED_SIGN_IN,
                event, null, label);
    }

    private LabeledEvent fromSide(SideEvent s) {
        if (locator != null) {
            locator.register(s.ip(), s.country(), s.region(), s.city(), s.asn());
        }
        long n = sideSequence++;
        if (s.kind() == SideEventKind.ADMIN) {
            AdminAction action = new AdminAction("a" + n, s.timeMillis(), REALM, s.userId(), s.ip(), s.operation(),
                    s.resourceType(), s.resourcePath(), s.targetUserId(), s.granted());
            return new LabeledEvent(s.timeMillis(), EventKind.ADMIN, null, action, s.label());
        }
        UserEventType type = s.kind() == SideEventKind.CODE_TO_TOKEN ? UserEventType.CODE_TO_TOKEN
                : UserEventType.REFRESH_TOKEN;
        String username = s.userId() == null ? null : s.userId().toLowerCase(Locale.ROOT);
        UserEvent event = new UserEvent("t" + n, s.timeMillis(), REALM, s.userId(), username, type, s.ip(), s.userAgent(),
                s.sessionId(), null);
        return new LabeledEvent(s.timeMillis(), EventKind.TOKEN, event, null, s.label());
    }
}
