package io.runtimeaccess.events.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.anomaly.event.UserEvent;
import io.runtimeaccess.anomaly.event.UserEventType;
import io.runtimeaccess.events.device.DeviceId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

class EventCopiesTest {

    @Test
    void mapsTheEventTypesTheScorerReads() {
        assertEquals(UserEventType.LOGIN, EventCopies.typeOf(EventType.LOGIN));
        assertEquals(UserEventType.LOGIN_ERROR, EventCopies.typeOf(EventType.LOGIN_ERROR));
        assertEquals(UserEventType.CODE_TO_TOKEN, EventCopies.typeOf(EventType.CODE_TO_TOKEN_ERROR));
        assertEquals(UserEventType.REFRESH_TOKEN, EventCopies.typeOf(EventType.REFRESH_TOKEN));
        assertEquals(UserEventType.IDENTITY_PROVIDER_LOGIN, EventCopies.typeOf(EventType.IDENTITY_PROVIDER_LOGIN));
        assertNull(EventCopies.typeOf(EventType.IDENTITY_PROVIDER_FIRST_LOGIN),
                "a first federated sign-in is scored once, from the LOGIN Keycloak sends when it ends");
        assertNull(EventCopies.typeOf(EventType.CLIENT_LOGIN), "not read by the scorer, not queued");
    }

    @Test
    void findsTheTargetUserInAResourcePath() {
        assertEquals("abc", EventCopies.targetUser("users/abc/role-mappings/realm"));
        assertEquals("abc", EventCopies.targetUser("users/abc"));
        assertNull(EventCopies.targetUser("groups/abc/members"));
        assertNull(EventCopies.targetUser(null));
    }

    @Test
    void passesTheDeviceDigestOnAsTheDeviceId() {
        Event event = event(EventType.LOGIN, Map.of(Details.USERNAME, "Erin", DeviceId.DETAIL, "d1gest",
                DeviceId.ISSUED_DETAIL, "false"));
        String deviceId = EventCopies.deviceId(event, UserEventType.LOGIN, () -> "from-the-auth-session");
        UserEvent copy = EventCopies.user(event, UserEventType.LOGIN, "agent", deviceId);
        assertEquals("d1gest", copy.deviceId(), "the event's own detail wins");
        assertEquals("erin", copy.username());
        assertEquals("agent", copy.userAgent());
    }

    /** A client chooses its header's length: the copy in the scorer's queue keeps its start only. */
    @Test
    void aLongUserAgentIsCut() {
        String header = "Mozilla/5.0 " + "x".repeat(20_000);
        UserEvent copy = EventCopies.user(event(EventType.LOGIN, null), UserEventType.LOGIN, header, null);
        assertEquals(header.substring(0, EventCopies.MAX_USER_AGENT), copy.userAgent());
    }

    @Test
    void noDeviceDetailIsNoDeviceId() {
        Event event = event(EventType.LOGIN_ERROR, Map.of(Details.USERNAME, "erin"));
        assertNull(EventCopies.deviceId(event, UserEventType.LOGIN_ERROR, () -> "note"), "only a LOGIN reads the note");
        assertNull(EventCopies.deviceId(event(EventType.LOGIN, Map.of()), UserEventType.LOGIN, () -> null));
        assertNull(EventCopies.deviceId(event(EventType.LOGIN, Map.of(DeviceId.DETAIL, " ")), UserEventType.LOGIN,
                () -> ""));
        Event noDetails = event(EventType.REFRESH_TOKEN, null);
        assertNull(EventCopies.user(noDetails, UserEventType.REFRESH_TOKEN, null,
                EventCopies.deviceId(noDetails, UserEventType.REFRESH_TOKEN, () -> "note")).deviceId());
    }

    /** After required actions, Keycloak's LOGIN event has lost the detail; the auth-session note has it. */
    @Test
    void aLoginWithoutTheDetailTakesTheSignInNote() {
        assertEquals("n0te", EventCopies.deviceId(event(EventType.LOGIN, Map.of(Details.USERNAME, "erin")),
                UserEventType.LOGIN, () -> "n0te"));
        assertEquals("n0te", EventCopies.deviceId(event(EventType.IDENTITY_PROVIDER_LOGIN, Map.of()),
                UserEventType.IDENTITY_PROVIDER_LOGIN, () -> "n0te"), "a federated sign-in reads it too");
    }

    private static Event event(EventType type, Map<String, String> details) {
        Event event = new Event();
        event.setId("e1");
        event.setTime(1_000L);
        event.setRealmId("realm");
        event.setUserId("u1");
        event.setType(type);
        event.setIpAddress("192.0.2.1");
        event.setDetails(details == null ? null : new HashMap<>(details));
        return event;
    }
}
