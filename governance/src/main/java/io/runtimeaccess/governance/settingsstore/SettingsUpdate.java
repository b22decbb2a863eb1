package io.runtimeaccess.governance.settingsstore;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.settings.GovernanceMode;
import io.runtimeaccess.governance.settings.GovernanceSettings;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code PUT settings} body applied to the current settings: absent fields stay as they are, every present
 * one is checked, and the first bad one is a 400 naming it (e.g. {@code autoApply[1]}), before anything changes.
 */
public final class SettingsUpdate {

    static final int MAX_DAYS = 3650;
    static final int MAX_LIST = 500;
    static final int MAX_NAME = 255;
    /** What a body may hold: the settings, as {@link #representation} names them. */
    static final Set<String> FIELDS = Set.of("mode", "autoApply", "dormantDays", "unusedDays", "peerAttributes",
            "privilegedItems", "rejectionSuppressionDays", "minConfidence");

    private SettingsUpdate() {
    }

    public static GovernanceSettings apply(GovernanceSettings current, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BadRequest.invalid("body", "a JSON object is required");
        }
        JsonBodies.onlyFields(body, FIELDS);
        return new GovernanceSettings(
                body.has("mode") ? mode(body.get("mode")) : current.mode(),
                body.has("autoApply") ? autoApply(body.get("autoApply")) : current.autoApply(),
                body.has("dormantDays") ? days("dormantDays", body.get("dormantDays"), 1) : current.dormantDays(),
                body.has("unusedDays") ? days("unusedDays", body.get("unusedDays"), 1) : current.unusedDays(),
                body.has("peerAttributes") ? peerAttributes(body.get("peerAttributes")) : current.peerAttributes(),
                body.has("privilegedItems") ? privilegedItems(body.get("privilegedItems")) : current.privilegedItems(),
                body.has("rejectionSuppressionDays")
                        ? days("rejectionSuppressionDays", body.get("rejectionSuppressionDays"), 0)
                        : current.rejectionSuppressionDays(),
                body.has("minConfidence") ? minConfidence(body.get("minConfidence")) : current.minConfidence());
    }

    /** The API representation, names in API spelling. */
    public static Map<String, Object> representation(GovernanceSettings settings) {
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("mode", settings.mode().apiName());
        rep.put("autoApply", settings.autoApply().stream().sorted().map(Category::apiName).toList());
        rep.put("dormantDays", settings.dormantDays());
        rep.put("unusedDays", settings.unusedDays());
        rep.put("peerAttributes", settings.peerAttributes());
        rep.put("privilegedItems", settings.privilegedItems().stream().sorted().toList());
        rep.put("rejectionSuppressionDays", settings.rejectionSuppressionDays());
        rep.put("minConfidence", settings.minConfidence());
        return rep;
    }

    private static GovernanceMode mode(JsonNode value) {
        String text = text("mode", value);
        try {
            return GovernanceMode.ofApiName(text);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("mode", "'" + Limits.shown(text) + "' is not one of off, report, approve, auto-low-risk");
        }
    }

    private static Set<Category> autoApply(JsonNode value) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        List<String> names = strings("autoApply", value);
        for (int i = 0; i < names.size(); i++) {
            try {
                categories.add(Category.ofApiName(names.get(i)));
            } catch (IllegalArgumentException e) {
                throw BadRequest.invalid("autoApply[" + i + "]", "'" + Limits.shown(names.get(i)) + "' is not a category");
            }
        }
        return categories;
    }

    private static int days(String field, JsonNode value, int min) {
        if (value == null || !value.isIntegralNumber()) {
            throw BadRequest.invalid(field, "must be a whole number of days");
        }
        long days = value.asLong();
        if (!value.canConvertToLong() || days < min || days > MAX_DAYS) {
            throw BadRequest.invalid(field, "must be between " + min + " and " + MAX_DAYS);
        }
        return (int) days;
    }

    private static List<String> peerAttributes(JsonNode value) {
        List<String> names = strings("peerAttributes", value);
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isBlank() || !name.strip().equals(name)) {
                throw BadRequest.invalid("peerAttributes[" + i + "]", "must be an attribute name without surrounding blanks");
            }
            unique.add(name);
        }
        return new ArrayList<>(unique);
    }

    private static Set<String> privilegedItems(JsonNode value) {
        List<String> keys = strings("privilegedItems", value);
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int colon = key.indexOf(':');
            if (colon <= 0 || colon == key.length() - 1 || !knownKind(key.substring(0, colon))) {
                throw BadRequest.invalid("privilegedItems[" + i + "]", "'" + Limits.shown(key)
                        + "' is not an access item key such as grant:{solutionId}:{role} or realm-role:{name}");
            }
            unique.add(key);
        }
        return unique;
    }

    private static boolean knownKind(String prefix) {
        for (AccessKind kind : AccessKind.values()) {
            if (kind.prefix().equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static double minConfidence(JsonNode value) {
        if (value == null || !value.isNumber()) {
            throw BadRequest.invalid("minConfidence", "must be a number between 0 and 1");
        }
        double confidence = value.asDouble();
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw BadRequest.invalid("minConfidence", "must be between 0 and 1");
        }
        return confidence;
    }

    private static String text(String field, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw BadRequest.invalid(field, "must be a string");
        }
        return value.asText();
    }

    /** A JSON array of strings, each 1..255 characters without NUL, at most 500. */
    private static List<String> strings(String field, JsonNode value) {
        if (value == null || !value.isArray()) {
            throw BadRequest.invalid(field, "must be an array of strings");
        }
        if (value.size() > MAX_LIST) {
            throw BadRequest.invalid(field, value.size() + " entries; at most " + MAX_LIST + " are allowed");
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String element = field + "[" + i + "]";
            String text = text(element, value.get(i));
            if (text.isEmpty()) {
                throw BadRequest.invalid(element, "is empty");
            }
            strings.add(Limits.text(element, text, MAX_NAME));
        }
        return strings;
    }
}
