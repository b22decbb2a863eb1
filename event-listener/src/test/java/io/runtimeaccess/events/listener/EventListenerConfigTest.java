package io.runtimeaccess.events.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runtimeaccess.anomaly.StateBudget;
import io.runtimeaccess.anomaly.finding.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class EventListenerConfigTest {

    /** The SPI options as Keycloak hands them over, from a map. */
    private static Config.Scope scope(Map<String, String> options) {
        return new Config.Scope() {
            @Override
            public String get(String key) {
                return options.get(key);
            }

            @Override
            public String get(String key, String defaultValue) {
                return options.getOrDefault(key, defaultValue);
            }

            @Override
            public String[] getArray(String key) {
                return options.containsKey(key) ? options.get(key).split(",") : null;
            }

            @Override
            public Integer getInt(String key, Integer defaultValue) {
                return options.containsKey(key) ? Integer.valueOf(options.get(key)) : defaultValue;
            }

            @Override
            public Long getLong(String key, Long defaultValue) {
                return options.containsKey(key) ? Long.valueOf(options.get(key)) : defaultValue;
            }

            @Override
            public Boolean getBoolean(String key, Boolean defaultValue) {
                return options.containsKey(key) ? Boolean.valueOf(options.get(key)) : defaultValue;
            }

            @Override
            public Config.Scope scope(String... path) {
                return this;
            }

            @Override
            public Set<String> getPropertyNames() {
                return options.keySet();
            }

            @Override
            public Config.Scope root() {
                return this;
            }
        };
    }

    @Test
    void theScorersProcessWideCapsDefaultToOneRealmsWorth() {
        StateBudget budget = new EventListenerConfig(scope(Map.of())).stateBudget();
        assertEquals(StateBudget.DEFAULT_USERS, budget.users().limit());
        assertEquals(StateBudget.DEFAULT_SESSIONS, budget.sessions().limit());
        assertEquals(StateBudget.DEFAULT_SOURCES, budget.sources().limit());
    }

    @Test
    void theCapsAreSpiOptions() {
        StateBudget budget = new EventListenerConfig(scope(Map.of(EventListenerConfig.MAX_TRACKED_USERS, "1000",
                EventListenerConfig.MAX_TRACKED_SESSIONS, "2000", EventListenerConfig.MAX_TRACKED_SOURCES, "3000")))
                .stateBudget();
        assertEquals(1000, budget.users().limit());
        assertEquals(2000, budget.sessions().limit());
        assertEquals(3000, budget.sources().limit());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventListenerConfig(scope(Map.of(EventListenerConfig.MAX_TRACKED_USERS, "0"))));
        assertTrue(e.getMessage().startsWith(EventListenerConfig.MAX_TRACKED_USERS), e.getMessage());
        assertTrue(EventListenerConfig.properties().stream()
                .anyMatch(p -> p.getName().equals(EventListenerConfig.MAX_TRACKED_SOURCES)), "listed for the server");
    }

    /** Offline sessions and remember-me outlive Keycloak's default SSO Session Max the scorer assumes. */
    @Test
    void howLongASessionsSignInIsRememberedIsAnOption() {
        assertEquals(36_000, new EventListenerConfig(scope(Map.of())).scorerSettings().sessionMaxAgeSeconds());
        assertEquals(2_592_000, new EventListenerConfig(scope(Map.of(EventListenerConfig.SESSION_MAX_AGE, "2592000")))
                .scorerSettings().sessionMaxAgeSeconds());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventListenerConfig(scope(Map.of(EventListenerConfig.SESSION_MAX_AGE, "0"))));
        assertTrue(e.getMessage().startsWith(EventListenerConfig.SESSION_MAX_AGE), e.getMessage());
        assertTrue(EventListenerConfig.properties().stream()
                .anyMatch(p -> p.getName().equals(EventListenerConfig.SESSION_MAX_AGE)), "listed for the server");
    }

    @Test
    void ipv6LocationTablesAreOptionsOfTheirOwn() {
        assertFalse(new EventListenerConfig(scope(Map.of())).hasIpLocationFiles());
        EventListenerConfig config = new EventListenerConfig(scope(Map.of(
                EventListenerConfig.IP_COUNTRY_IPV6_FILE, "/data/asn-country-ipv6.csv",
                EventListenerConfig.IP_ASN_IPV6_FILE, "/data/asn-ipv6.csv")));
        assertTrue(config.hasIpLocationFiles(), "IPv6 tables alone locate IPv6 sign-ins");
        assertEquals("/data/asn-country-ipv6.csv", config.ipCountryIpv6File());
        assertEquals("/data/asn-ipv6.csv", config.ipAsnIpv6File());
        assertNull(config.ipCityIpv6File());
        assertNull(config.ipCountryFile());
        for (String option : new String[] {EventListenerConfig.IP_COUNTRY_IPV6_FILE, EventListenerConfig.IP_ASN_IPV6_FILE,
            EventListenerConfig.IP_CITY_IPV6_FILE}) {
            assertTrue(EventListenerConfig.properties().stream().anyMatch(p -> p.getName().equals(option)), option);
        }
    }

    @Test
    void auditTamperingIsHighUnlessConfigured() {
        assertEquals(Severity.HIGH, new EventListenerConfig(scope(Map.of())).auditTamperingSeverity());
        assertEquals(Severity.CRITICAL, new EventListenerConfig(scope(Map.of(
                EventListenerConfig.AUDIT_TAMPERING_SEVERITY, "critical"))).auditTamperingSeverity());
        for (String bad : new String[] {"NONE", "urgent"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventListenerConfig(
                    scope(Map.of(EventListenerConfig.AUDIT_TAMPERING_SEVERITY, bad))));
            assertTrue(e.getMessage().startsWith(EventListenerConfig.AUDIT_TAMPERING_SEVERITY), e.getMessage());
        }
    }

    @Test
    void theLowestStoredSeverityIsAFindingsSeverityNeverNone() {
        assertEquals(Severity.LOW, new EventListenerConfig(scope(Map.of(EventListenerConfig.FINDING_SEVERITY, "low")))
                .findingSeverity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventListenerConfig(
                scope(Map.of(EventListenerConfig.FINDING_SEVERITY, "NONE"))));
        assertTrue(e.getMessage().startsWith(EventListenerConfig.FINDING_SEVERITY), e.getMessage());
    }
}
