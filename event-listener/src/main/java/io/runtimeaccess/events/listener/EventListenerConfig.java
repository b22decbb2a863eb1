package io.runtimeaccess.events.listener;

import io.runtimeaccess.anomaly.ScorerSettings;
import io.runtimeaccess.anomaly.StateBudget;
import io.runtimeaccess.anomaly.finding.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server-wide options of the {@code runtime-access-events} listener, set like any SPI option:
 * {@code --spi-events-listener--runtime-access-events--queue-capacity=10000}.
 */
public final class EventListenerConfig {

    public static final String QUEUE_CAPACITY = "queue-capacity";
    public static final String FINDING_SEVERITY = "finding-severity";
    public static final String AUDIT_TAMPERING_SEVERITY = "audit-tampering-severity";
    public static final String SNAPSHOT_INTERVAL = "snapshot-interval";
    public static final String IP_COUNTRY_FILE = "ip-country-file";
    public static final String IP_ASN_FILE = "ip-asn-file";
    public static final String IP_CITY_FILE = "ip-city-file";
    public static final String IP_COUNTRY_IPV6_FILE = "ip-country-ipv6-file";
    public static final String IP_ASN_IPV6_FILE = "ip-asn-ipv6-file";
    public static final String IP_CITY_IPV6_FILE = "ip-city-ipv6-file";
    public static final String PRIVILEGED_ROLES = "privileged-roles";
    public static final String OUTBOX_CAPACITY = "webhook-outbox-capacity";
    public static final String WEBHOOK_ALLOW_INTERNAL = "webhook-allow-internal";
    public static final String MAX_TRACKED_USERS = "max-tracked-users";
    public static final String MAX_TRACKED_SESSIONS = "max-tracked-sessions";
    public static final String MAX_TRACKED_SOURCES = "max-tracked-sources";
    public static final String SESSION_MAX_AGE = "session-max-age";

    static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    static final Severity DEFAULT_FINDING_SEVERITY = Severity.MEDIUM;
    static final Severity DEFAULT_AUDIT_TAMPERING_SEVERITY = Severity.HIGH;
    static final int DEFAULT_SNAPSHOT_INTERVAL_SECONDS = 300;
    static final int DEFAULT_OUTBOX_CAPACITY = 1_000;
    /** Realm roles and realm-management client roles that give admin-level access. */
    static final String DEFAULT_PRIVILEGED_ROLES = "admin,realm-admin,manage-realm,manage-users,manage-clients,"
            + "manage-authorization,manage-events,manage-identity-providers,impersonation,create-realm";

    private final int queueCapacity;
    private final Severity findingSeverity;
    private final Severity auditTamperingSeverity;
    private final int snapshotIntervalSeconds;
    private final String ipCountryFile;
    private final String ipAsnFile;
    private final String ipCityFile;
    private final String ipCountryIpv6File;
    private final String ipAsnIpv6File;
    private final String ipCityIpv6File;
    private final Set<String> privilegedRoles;
    private final int outboxCapacity;
    private final boolean webhookAllowInternal;
    private final int maxTrackedUsers;
    private final int maxTrackedSessions;
    private final int maxTrackedSources;
    private final int sessionMaxAgeSeconds;

    public EventListenerConfig(Config.Scope scope) {
        this.queueCapacity = positive(scope.getInt(QUEUE_CAPACITY, DEFAULT_QUEUE_CAPACITY), QUEUE_CAPACITY);
        this.findingSeverity = findingOwnSeverity(scope.get(FINDING_SEVERITY, DEFAULT_FINDING_SEVERITY.name()),
                FINDING_SEVERITY);
        this.auditTamperingSeverity = findingOwnSeverity(scope.get(AUDIT_TAMPERING_SEVERITY,
                DEFAULT_AUDIT_TAMPERING_SEVERITY.name()), AUDIT_TAMPERING_SEVERITY);
        this.snapshotIntervalSeconds = positive(scope.getInt(SNAPSHOT_INTERVAL, DEFAULT_SNAPSHOT_INTERVAL_SECONDS),
                SNAPSHOT_INTERVAL);
        this.ipCountryFile = scope.get(IP_COUNTRY_FILE);
        this.ipAsnFile = scope.get(IP_ASN_FILE);
        this.ipCityFile = scope.get(IP_CITY_FILE);
        this.ipCountryIpv6File = scope.get(IP_COUNTRY_IPV6_FILE);
        this.ipAsnIpv6File = scope.get(IP_ASN_IPV6_FILE);
        this.ipCityIpv6File = scope.get(IP_CITY_IPV6_FILE);
        this.privilegedRoles = Arrays.stream(scope.get(PRIVILEGED_ROLES, DEFAULT_PRIVILEGED_ROLES).split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.outboxCapacity = positive(scope.getInt(OUTBOX_CAPACITY, DEFAULT_OUTBOX_CAPACITY), OUTBOX_CAPACITY);
        this.webhookAllowInternal = scope.getBoolean(WEBHOOK_ALLOW_INTERNAL, false);
        this.maxTrackedUsers = positive(scope.getInt(MAX_TRACKED_USERS, StateBudget.DEFAULT_USERS), MAX_TRACKED_USERS);
        this.maxTrackedSessions = positive(scope.getInt(MAX_TRACKED_SESSIONS, StateBudget.DEFAULT_SESSIONS),
                MAX_TRACKED_SESSIONS);
        this.maxTrackedSources = positive(scope.getInt(MAX_TRACKED_SOURCES, StateBudget.DEFAULT_SOURCES),
                MAX_TRACKED_SOURCES);
        this.sessionMaxAgeSeconds = positive(scope.getInt(SESSION_MAX_AGE,
                ScorerSettings.defaults().sessionMaxAgeSeconds()), SESSION_MAX_AGE);
    }

    static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(QUEUE_CAPACITY).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_QUEUE_CAPACITY)
                .helpText("Events waiting to be scored, at most. When full, new events are dropped and counted; "
                        + "a login never waits.").add()
                .property().name(FINDING_SEVERITY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_FINDING_SEVERITY.name())
                .helpText("Lowest severity stored as a finding: LOW, MEDIUM, HIGH or CRITICAL.").add()
                .property().name(AUDIT_TAMPERING_SEVERITY).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_AUDIT_TAMPERING_SEVERITY.name())
                .helpText("Severity of an audit-tampering finding (this listener removed, user or admin events "
                        + "turned off, event expiry shortened): LOW, MEDIUM, HIGH or CRITICAL.").add()
                .property().name(SNAPSHOT_INTERVAL).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_SNAPSHOT_INTERVAL_SECONDS)
                .helpText("Seconds between saves of each realm's learned state to the database.").add()
                .property().name(IP_COUNTRY_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv4 ranges to countries: start,end,country (the ip-location-db layout).").add()
                .property().name(IP_ASN_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv4 ranges to autonomous systems: start,end,asn,organization.").add()
                .property().name(IP_CITY_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv4 ranges to cities with coordinates (the dbip-city layout); travel needs it.")
                .add()
                .property().name(IP_COUNTRY_IPV6_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv6 ranges to countries, in the layout of " + IP_COUNTRY_FILE + ".").add()
                .property().name(IP_ASN_IPV6_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv6 ranges to autonomous systems, in the layout of " + IP_ASN_FILE + ".").add()
                .property().name(IP_CITY_IPV6_FILE).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("CSV of IPv6 ranges to cities, in the layout of " + IP_CITY_FILE + ".").add()
                .property().name(PRIVILEGED_ROLES).type(ProviderConfigProperty.STRING_TYPE)
                .defaultValue(DEFAULT_PRIVILEGED_ROLES)
                .helpText("Comma-separated role names that give admin-level access.").add()
                .property().name(OUTBOX_CAPACITY).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_OUTBOX_CAPACITY)
                .helpText("Webhook deliveries kept per realm while its receiver is down; the oldest is dropped "
                        + "when full.").add()
                .property().name(WEBHOOK_ALLOW_INTERNAL).type(ProviderConfigProperty.BOOLEAN_TYPE)
                .defaultValue(false)
                .helpText("Let webhooks reach internal addresses (loopback, link-local, private, unique-local, "
                        + "this host's own). Off: realm admins cannot make the server call its internal network.")
                .add()
                .property().name(MAX_TRACKED_USERS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(StateBudget.DEFAULT_USERS)
                .helpText("User and admin profiles the anomaly scorer keeps, all realms together (about 500 bytes "
                        + "each); the realm holding the most gives up its least recently seen first.").add()
                .property().name(MAX_TRACKED_SESSIONS).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(StateBudget.DEFAULT_SESSIONS)
                .helpText("Sessions whose sign-in location the scorer keeps, all realms together.").add()
                .property().name(MAX_TRACKED_SOURCES).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(StateBudget.DEFAULT_SOURCES)
                .helpText("Failing addresses, networks, user agents and usernames the scorer keeps, all realms "
                        + "together.").add()
                .property().name(SESSION_MAX_AGE).type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(ScorerSettings.defaults().sessionMaxAgeSeconds())
                .helpText("Seconds a session's sign-in is remembered for the token check: the longest session "
                        + "lifespan of the realms (SSO Session Max, remember-me, offline sessions); a token refreshed "
                        + "later is not compared with its sign-in.").add()
                .build();
    }

    private static int positive(Integer value, String key) {
        if (value == null || value < 1) {
            throw new IllegalArgumentException(key + ": must be a positive number");
        }
        return value;
    }

    private static Severity severity(String value, String key) {
        try {
            return Severity.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not LOW, MEDIUM, HIGH or CRITICAL");
        }
    }

    /**
     * A finding's own severity, or the lowest one stored: NONE would be no finding at all (as the lowest stored, it
     * would try to store every unremarkable event as a finding).
     */
    private static Severity findingOwnSeverity(String value, String key) {
        Severity severity = severity(value, key);
        if (severity == Severity.NONE) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not LOW, MEDIUM, HIGH or CRITICAL");
        }
        return severity;
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    public Severity findingSeverity() {
        return findingSeverity;
    }

    /** The severity of every audit-tampering finding; HIGH unless configured. */
    public Severity auditTamperingSeverity() {
        return auditTamperingSeverity;
    }

    public int snapshotIntervalSeconds() {
        return snapshotIntervalSeconds;
    }

    public String ipCountryFile() {
        return ipCountryFile;
    }

    public String ipAsnFile() {
        return ipAsnFile;
    }

    public String ipCityFile() {
        return ipCityFile;
    }

    public String ipCountryIpv6File() {
        return ipCountryIpv6File;
    }

    public String ipAsnIpv6File() {
        return ipAsnIpv6File;
    }

    public String ipCityIpv6File() {
        return ipCityIpv6File;
    }

    /** Any IP location table configured: without one, every address is unknown. */
    public boolean hasIpLocationFiles() {
        return ipCountryFile != null || ipAsnFile != null || ipCityFile != null || ipCountryIpv6File != null
                || ipAsnIpv6File != null || ipCityIpv6File != null;
    }

    public Set<String> privilegedRoles() {
        return privilegedRoles;
    }

    public int outboxCapacity() {
        return outboxCapacity;
    }

    public boolean webhookAllowInternal() {
        return webhookAllowInternal;
    }

    /** Every realm scorer's settings: the defaults but for the options above. */
    public ScorerSettings scorerSettings() {
        return ScorerSettings.builder().sessionMaxAgeSeconds(sessionMaxAgeSeconds).build();
    }

    /** The scorer's process-wide caps: every realm's scorer shares them. */
    public StateBudget stateBudget() {
        return new StateBudget(maxTrackedUsers, maxTrackedSessions, maxTrackedSources);
    }
}
