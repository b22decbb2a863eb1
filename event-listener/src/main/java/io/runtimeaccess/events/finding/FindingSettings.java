package io.runtimeaccess.events.finding;

import io.runtimeaccess.anomaly.finding.Severity;
import io.runtimeaccess.events.log.LogText;
import io.runtimeaccess.events.log.RateLimitedLog;
import io.runtimeaccess.events.response.Response;
import io.runtimeaccess.events.settings.FindingSettingsEntity;
import io.runtimeaccess.events.settings.SettingsStore;
import io.runtimeaccess.events.sink.WebhookSink;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.vault.VaultStringSecret;

/**
 * A realm's findings settings: the webhook and the automatic response per severity, kept in our own
 * table ({@link FindingSettingsEntity}), never in realm attributes. Every response is off by default: a
 * person decides. Stored values are validated again here, so a value that should never have been stored
 * turns that setting off and is reported as a problem, instead of failing every read.
 */
public final class FindingSettings {

    private static final FindingSettings NONE = new FindingSettings(null, null, Map.of(), List.of());
    private static final RateLimitedLog MISSING_VAULT_SECRET = new RateLimitedLog(
            Logger.getLogger(FindingSettings.class));

    private final String webhookUrl;
    private final String webhookSecret;
    private final Map<Severity, Response> responses;
    private final List<String> problems;

    private FindingSettings(String webhookUrl, String webhookSecret, Map<Severity, Response> responses,
            List<String> problems) {
        this.webhookUrl = webhookUrl;
        this.webhookSecret = webhookSecret;
        this.responses = responses;
        this.problems = problems;
    }

    public static FindingSettings of(KeycloakSession session, RealmModel realm) {
        return of(new SettingsStore(session).find(realm.getId()));
    }

    /** The settings a stored row says, each value checked; {@code null} is a realm that never saved any. */
    public static FindingSettings of(FindingSettingsEntity stored) {
        if (stored == null) {
            return NONE;
        }
        List<String> problems = new ArrayList<>();
        String url = blankToNull(stored.getWebhookUrl());
        String urlProblem = url == null ? null : urlProblem(url);
        if (urlProblem != null) {
            problems.add("webhookUrl: " + urlProblem + "; the webhook is off");
            url = null;
        }
        Map<Severity, Response> responses = new EnumMap<>(Severity.class);
        response(responses, problems, Severity.LOW, stored.getResponseLow());
        response(responses, problems, Severity.MEDIUM, stored.getResponseMedium());
        response(responses, problems, Severity.HIGH, stored.getResponseHigh());
        response(responses, problems, Severity.CRITICAL, stored.getResponseCritical());
        return new FindingSettings(url, blankToNull(stored.getWebhookSecret()), Collections.unmodifiableMap(responses),
                List.copyOf(problems));
    }

    private static void response(Map<Severity, Response> responses, List<String> problems, Severity severity,
            String stored) {
        if (blankToNull(stored) == null) {
            return;
        }
        Response response = Response.fromWireName(stored);
        if (response == null) {
            problems.add("responses." + severity.name().toLowerCase(java.util.Locale.ROOT)
                    + ": the stored value is not a response; none applies");
        } else if (response != Response.NONE) {
            responses.put(severity, response);
        }
    }

    /**
     * Why {@code url} cannot be a webhook address (its form only: where it points is checked at delivery), or
     * {@code null} when it can. A stored URL is read through here too, so one saved with a credential before this
     * rule turns the webhook off instead of posting to it.
     */
    public static String urlProblem(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                return "must be an http or https URL";
            }
            if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
                // the URL is shown to whoever reads the settings (view-events) and kept in admin events: a password
                // or a key in it would be too, so the receiver's secret belongs in webhookSecret (write-only)
                return "must not carry user info or a query (a credential there would be shown to every reader of"
                        + " these settings); put the receiver's secret in webhookSecret";
            }
            return null;
        } catch (java.net.URISyntaxException e) {
            return "is not a URL";
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String webhookUrl() {
        return webhookUrl;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    /**
     * Where the realm's findings go, or {@code null} when it has no (valid) webhook. A secret of the form
     * {@code ${vault.name}} is read from Keycloak's vault, in the realm's name, each time: the table then holds only
     * the reference. One the vault does not hold signs nothing (logged), so a receiver that checks refuses.
     */
    public WebhookSink.Target webhook(KeycloakSession session, RealmModel realm) {
        return webhookUrl == null ? null
                : new WebhookSink.Target(realm.getId(), realm.getName(), webhookUrl, signingSecret(session, realm));
    }

    private String signingSecret(KeycloakSession session, RealmModel realm) {
        if (webhookSecret == null) {
            return null;
        }
        RealmModel before = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try (VaultStringSecret secret = session.vault().getStringSecret(webhookSecret)) {
            Optional<String> value = secret.get();
            if (value.isEmpty()) {
                MISSING_VAULT_SECRET.warn(realm.getId(), "Realm '%s': the webhook secret names a vault entry the vault"
                        + " does not hold; webhook deliveries go unsigned", LogText.oneLine(realm.getName()));
            }
            return value.orElse(null);
        } finally {
            session.getContext().setRealm(before);
        }
    }

    public Response responseTo(Severity severity) {
        return responses.getOrDefault(severity, Response.NONE);
    }

    public Map<Severity, Response> responses() {
        return responses;
    }

    /** Stored values that failed validation, naming the field; they are treated as unset. */
    public List<String> problems() {
        return problems;
    }
}
