package io.runtimeaccess.anomaly.support;

import io.runtimeaccess.anomaly.event.AdminAction;
import io.runtimeaccess.anomaly.event.AdminOperation;
import io.runtimeaccess.anomaly.event.GrantedAccess;
import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import java.time.Instant;
import java.util.List;

/** Short builders for test events; ids are numbered so every event is distinct. */
public final class Events {

    public static final String REALM = "acme";
    /** Monday 2026-03-02 00:00 UTC. */
    public static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    public static final long MINUTE = 60_000L;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;

    public static final String CHROME_WINDOWS = Agents.header(Agents.Kind.CHROME_WINDOWS, 120, 110);
    public static final String FIREFOX_LINUX = Agents.header(Agents.Kind.FIREFOX_LINUX, 121, 0);
    public static final String SAFARI_IPHONE = Agents.header(Agents.Kind.SAFARI_IPHONE, 17, 1);

    private static long next;

    private Events() {
    }

    public static String id() {
        return "e" + (++next);
    }

    public static UserEvent login(String user, long time, String ip, String agent) {
        return login(user, time, ip, agent, "s-" + user + "-" + time);
    }

    public static UserEvent login(String user, long time, String ip, String agent, String session) {
        return new UserEvent(id(), time, REALM, user, user, UserEventType.LOGIN, ip, agent, session, null);
    }

    /** A sign-in from a browser that presented this device id ({@code null}: none). */
    public static UserEvent loginWithDevice(String user, long time, String ip, String agent, String deviceId) {
        return new UserEvent(id(), time, REALM, user, user, UserEventType.LOGIN, ip, agent, "s-" + user + "-" + time,
                null, deviceId);
    }

    public static UserEvent failure(String username, boolean known, long time, String ip, String agent) {
        return new UserEvent(id(), time, REALM, known ? username : null, username, UserEventType.LOGIN_ERROR, ip,
                agent, null, known ? "invalid_user_credentials" : "user_not_found");
    }

    public static UserEvent token(UserEventType type, String user, long time, String ip, String session) {
        return new UserEvent(id(), time, REALM, user, user, type, ip, CHROME_WINDOWS, session, null);
    }

    public static AdminAction admin(String admin, long time, String ip, AdminOperation operation, String type,
            String target, List<GrantedAccess> granted) {
        return new AdminAction(id(), time, REALM, admin, ip, operation, type, "users/" + target, target, granted);
    }
}
