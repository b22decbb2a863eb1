package io.runtimeaccess.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ChangeSetPinsTest {

    private static final String CHANGELOG = "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
            + "  <changeSet id=\"2026-01-01-t\" author=\"a\">\n    <createTable tableName=\"RA_T\">%s</createTable>\n"
            + "  </changeSet>\n</databaseChangeLog>\n";

    @Test
    void aChangeSetEditedAfterItWasPinnedFailsAndWhitespaceDoesNot(@TempDir Path dir) throws Exception {
        Path changelogs = Files.createDirectory(dir.resolve("changelog"));
        Path file = changelogs.resolve("2026-01-01-t.xml");
        Files.writeString(file, CHANGELOG.formatted("<column name=\"ID\" type=\"VARCHAR(36)\"/>"));
        Path pins = dir.resolve("pins");
        Files.writeString(pins, "");
        AssertionFailedError unpinned = assertThrows(AssertionFailedError.class, () -> ChangeSetPins.verify(changelogs, pins));
        assertTrue(unpinned.getMessage().contains("is new"), unpinned.getMessage());
        Files.writeString(pins, "2026-01-01-t " + ChangeSetPins.digests(changelogs).get("2026-01-01-t") + "\n");
        ChangeSetPins.verify(changelogs, pins);

        Files.writeString(file, CHANGELOG.formatted("\n      <column name=\"ID\"   type=\"VARCHAR(36)\"/>\n    "));
        ChangeSetPins.verify(changelogs, pins);

        Files.writeString(file, CHANGELOG.formatted("<column name=\"ID\" type=\"VARCHAR(64)\"/>"));
        AssertionFailedError edited = assertThrows(AssertionFailedError.class, () -> ChangeSetPins.verify(changelogs, pins));
        assertTrue(edited.getMessage().contains("changed after it landed"), edited.getMessage());
    }
}
