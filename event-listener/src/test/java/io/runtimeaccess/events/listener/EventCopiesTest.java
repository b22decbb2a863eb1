package io.runtimeaccess.events.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.runtimeaccess.anomaly.event.UserEventType;
import org.junit.jupiter.api.Test;
import org.keycloak.events.EventType;

class EventCopiesTest {

    @Test
    void mapsTheEventTypesTheScorerReads() {
        assertEquals(UserEventType.LOGIN, EventCopies.typeOf(EventType.LOGIN));
        assertEquals(UserEventType.LOGIN_ERROR, EventCopies.typeOf(EventType.LOGIN_ERROR));
        assertEquals(UserEventType.CODE_TO_TOKEN, EventCopies.typeOf(EventType.CODE_TO_TOKEN_ERROR));
        assertEquals(UserEventType.REFRESH_TOKEN, EventCopies.typeOf(EventType.REFRESH_TOKEN));
        assertEquals(UserEventType.IDENTITY_PROVIDER_LOGIN, EventCopies.typeOf(EventType.IDENTITY_PROVIDER_FIRST_LOGIN));
        assertNull(EventCopies.typeOf(EventType.CLIENT_LOGIN), "not read by the scorer, not queued");
    }

    @Test
    void findsTheTargetUserInAResourcePath() {
        assertEquals("abc", EventCopies.targetUser("users/abc/role-mappings/realm"));
        assertEquals("abc", EventCopies.targetUser("users/abc"));
        assertNull(EventCopies.targetUser("groups/abc/members"));
        assertNull(EventCopies.targetUser(null));
    }
}
