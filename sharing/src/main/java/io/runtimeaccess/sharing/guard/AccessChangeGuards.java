package io.runtimeaccess.sharing.guard;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Asks every installed guard whether users may get access items; a guard refuses with a 409 naming its rule. */
public final class AccessChangeGuards {

    /** The body field carrying an admin's justification for going past a preventive rule. */
    public static final String OVERRIDE_FIELD = "sodOverride";
    public static final int OVERRIDE_MAX = 500;

    private AccessChangeGuards() {
    }

    /**
     * @param itemKey              the access item key ({@code grant:…}, {@code eug:…}, {@code realm-role:…}, …)
     * @param overrideJustification null, or the admin's justification for overriding a preventive rule
     */
    public static void check(KeycloakSession session, RealmModel realm, String userId, String itemKey,
            String overrideJustification) {
        checkAll(session, realm, List.of(new AccessChange(userId, List.of(itemKey))), overrideJustification);
    }

    /** One request's changes at once, so that a refusal comes before the first write. */
    public static void checkAll(KeycloakSession session, RealmModel realm, List<AccessChange> changes,
            String overrideJustification) {
        if (changes.isEmpty()) {
            return;
        }
        session.getAllProviders(AccessChangeGuard.class)
                .forEach(guard -> guard.check(realm, changes, overrideJustification));
    }

    /** The justification in a request body: absent (null) or 1 to {@value #OVERRIDE_MAX} characters of text. */
    public static String override(JsonNode body) {
        JsonNode value = body == null || !body.isObject() ? null : body.get(OVERRIDE_FIELD);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw BadRequest.invalid(OVERRIDE_FIELD, "has the wrong type: a justification text is expected");
        }
        return override(value.asText());
    }

    /** Checks a justification read from a bound body: null stays null, anything else is 1 to 500 characters. */
    public static String override(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > OVERRIDE_MAX || trimmed.indexOf('\u0000') >= 0) {
            throw BadRequest.invalid(OVERRIDE_FIELD, "must be a justification of 1 to " + OVERRIDE_MAX
                    + " characters (" + trimmed.length() + " given)");
        }
        return trimmed;
    }
}
