package io.runtimeaccess.events.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The upgrade step that moves findings settings out of realm attributes, run on H2 with Keycloak's own
 * H2 settings against a realm table shaped like Keycloak's. The integration tests run the same change
 * set on PostgreSQL, MariaDB and H2 through Liquibase.
 */
class SettingsMigrationTest {

    private static final String CHANGELOG = "META-INF/runtime-access-anomaly-changelog/2026-12-03-finding-settings.xml";

    @Test
    void existingSettingsMoveToTheTableAndLeaveTheRealmAttributes() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:migration;NON_KEYWORDS=VALUE");
                Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE REALM (ID VARCHAR(36) PRIMARY KEY, NAME VARCHAR(255))");
            sql.execute("CREATE TABLE REALM_ATTRIBUTE (NAME VARCHAR(255), REALM_ID VARCHAR(36), VALUE CLOB, "
                    + "PRIMARY KEY (NAME, REALM_ID))");
            sql.execute("INSERT INTO REALM VALUES ('r1', 'configured'), ('r2', 'untouched'), ('r3', 'too-long')");
            attribute(sql, "r1", "runtimeAccess.findings.webhookUrl", "https://hooks.example/in");
            attribute(sql, "r1", "runtimeAccess.findings.webhookSecret", "s3cret");
            attribute(sql, "r1", "runtimeAccess.findings.response.HIGH", "disable-user");
            attribute(sql, "r1", "runtimeAccess.findings.response.LOW", "bogus");
            attribute(sql, "r1", "displayName", "Configured");
            attribute(sql, "r2", "displayName", "Untouched");
            attribute(sql, "r3", "runtimeAccess.findings.webhookSecret", "x".repeat(5000));
            attribute(sql, "r3", "runtimeAccess.findings.webhookUrl", "https://hooks.example/r3");

            sql.execute("CREATE TABLE RA_FINDING_SETTINGS (REALM_ID VARCHAR(36) PRIMARY KEY, WEBHOOK_URL VARCHAR(2048), "
                    + "WEBHOOK_SECRET VARCHAR(1024), RESPONSE_LOW VARCHAR(32), RESPONSE_MEDIUM VARCHAR(32), "
                    + "RESPONSE_HIGH VARCHAR(32), RESPONSE_CRITICAL VARCHAR(32))");
            for (String statement : migrationSql().split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }

            try (ResultSet row = sql.executeQuery("SELECT * FROM RA_FINDING_SETTINGS WHERE REALM_ID = 'r1'")) {
                assertTrue(row.next());
                assertEquals("https://hooks.example/in", row.getString("WEBHOOK_URL"));
                assertEquals("s3cret", row.getString("WEBHOOK_SECRET"));
                assertEquals("disable-user", row.getString("RESPONSE_HIGH"));
                assertEquals("bogus", row.getString("RESPONSE_LOW"), "copied as is; reads validate it");
                assertNull(row.getString("RESPONSE_CRITICAL"));
            }
            try (ResultSet row = sql.executeQuery("SELECT * FROM RA_FINDING_SETTINGS WHERE REALM_ID = 'r3'")) {
                assertTrue(row.next());
                assertNull(row.getString("WEBHOOK_SECRET"), "a value longer than the column is not copied");
                assertEquals("https://hooks.example/r3", row.getString("WEBHOOK_URL"));
            }
            try (ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM RA_FINDING_SETTINGS WHERE REALM_ID = 'r2'")) {
                assertTrue(row.next());
                assertEquals(0, row.getInt(1), "a realm without settings gets no row");
            }
            try (ResultSet rows = sql.executeQuery("SELECT NAME FROM REALM_ATTRIBUTE ORDER BY REALM_ID")) {
                assertTrue(rows.next());
                assertEquals("displayName", rows.getString(1));
                assertTrue(rows.next());
                assertEquals("displayName", rows.getString(1));
                assertFalse(rows.next(), "no findings setting is left in realm attributes");
            }
        }
    }

    private static void attribute(Statement sql, String realm, String name, String value) throws Exception {
        sql.execute("INSERT INTO REALM_ATTRIBUTE VALUES ('" + name + "', '" + realm + "', '" + value + "')");
    }

    private static String migrationSql() throws Exception {
        try (InputStream in = SettingsMigrationTest.class.getClassLoader().getResourceAsStream(CHANGELOG)) {
            Document changelog = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList sql = changelog.getElementsByTagName("sql");
            assertEquals(1, sql.getLength());
            return sql.item(0).getTextContent();
        }
    }
}
