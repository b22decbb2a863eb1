package io.runtimeaccess.requests.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.requests.store.AccessRequestEntity;
import org.junit.jupiter.api.Test;

class RequestEndTest {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void aRequestRunsOutAtItsExpiryInstantAsTheSweepSeesIt() {
        assertFalse(RequestEnd.ranOut(endingAt(NOW + 1), NOW), "a millisecond left");
        assertTrue(RequestEnd.ranOut(endingAt(NOW), NOW), "the instant itself, as the sweep's expiresAt <= now");
        assertTrue(RequestEnd.ranOut(endingAt(NOW - 60_000), NOW), "the sweep has not come yet");
    }

    @Test
    void aRequestWithoutAnEndNeverRunsOut() {
        assertFalse(RequestEnd.ranOut(endingAt(null), NOW));
    }

    private static AccessRequestEntity endingAt(Long expiresAt) {
        AccessRequestEntity request = new AccessRequestEntity();
        request.setExpiresAt(expiresAt);
        return request;
    }
}
