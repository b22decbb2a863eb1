package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Severity;
import java.util.EnumMap;
import java.util.Map;
import org.keycloak.models.RealmModel;

/**
 * A realm's findings settings, kept as realm attributes (so they travel with the realm's cache and its
 * export): the webhook and the automatic response per severity. Every response is off by default: a
 * person decides.
 */
public final class FindingSettings {

    public static final String WEBHOOK_URL = "runtimeAccess.findings.webhookUrl";
    public static final String WEBHOOK_SECRET = "runtimeAccess.findings.webhookSecret";
    public static final String RESPONSE_PREFIX = "runtimeAccess.findings.response.";

    private final String webhookUrl;
    private final String webhookSecret;
    private final Map<Severity, Response> responses;

    private FindingSettings(String webhookUrl, String webhookSecret, Map<Severity, Response> responses) {
        this.webhookUrl = webhookUrl;
        this.webhookSecret = webhookSecret;
        this.responses = responses;
    }

    public static FindingSettings of(RealmModel realm) {
        Map<Severity, Response> responses = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            String value = realm.getAttribute(RESPONSE_PREFIX + severity.name());
            if (value != null) {
                responses.put(severity, Response.fromWireName(value));
            }
        }
        return new FindingSettings(realm.getAttribute(WEBHOOK_URL), realm.getAttribute(WEBHOOK_SECRET), responses);
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    public Response responseTo(Severity severity) {
        return responses.getOrDefault(severity, Response.NONE);
    }

    public Map<Severity, Response> responses() {
        return responses;
    }

    /** What the server does on its own when a finding of a severity is raised. */
    public enum Response {
        NONE("none"),
        REVOKE_SESSIONS("revoke-sessions"),
        DISABLE_USER("disable-user");

        private final String wireName;

        Response(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** {@code null} for an unknown name; callers report the field. */
        public static Response fromWireName(String name) {
            for (Response response : values()) {
                if (response.wireName.equals(name)) {
                    return response;
                }
            }
            return null;
        }
    }
}
