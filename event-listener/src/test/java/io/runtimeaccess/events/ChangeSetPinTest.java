package io.runtimeaccess.events;

import io.runtimeaccess.testsupport.ChangeSetPins;
import org.junit.jupiter.api.Test;

/** No changeSet of this module's changelog changes once it landed; a change goes into a new dated file. */
class ChangeSetPinTest {

    @Test
    void noChangeSetChangesOnceItLanded() {
        ChangeSetPins.verifyModule("runtime-access-anomaly-changelog");
    }
}
