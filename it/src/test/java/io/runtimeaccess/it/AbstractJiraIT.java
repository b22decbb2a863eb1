package io.runtimeaccess.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;

/**
 * What the Jira tests share: {@link LocalJira}, a local HTTP server in the test standing in for Jira (no real Jira
 * is reachable here), removed with the sink and the test's SoD rules after each test, and the check that a token
 * never reaches the server log. Names start with "jira".
 */
abstract class AbstractJiraIT extends AbstractSharingIT {

    static final String CONFIG = "tickets/config";

    /** The stand-in Jira of the running test, closed after it. */
    LocalJira jira;

    @AfterEach
    void removeSinkAndRules() {
        adminDelete(CONFIG);
        deleteSodRules("Jira");
        if (jira != null) {
            jira.close();
        }
    }

    static void assertNotInServerLog(String secret) {
        try {
            String log = Files.readString(ServerLog.path());
            assertFalse(log.isEmpty(), "the server log is read");
            assertFalse(log.contains(secret), "the token is never logged");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
