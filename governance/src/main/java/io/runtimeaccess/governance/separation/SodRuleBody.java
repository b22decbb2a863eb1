package io.runtimeaccess.governance.separation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessKind;
import io.runtimeaccess.governance.sod.SodRule;
import io.runtimeaccess.governance.sod.SodScanner;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.JsonBodies;
import io.runtimeaccess.sharing.api.Limits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.keycloak.util.JsonSerialization;

/**
 * A rule as the API reads and writes it ({@code scope} {@code global|solution}, {@code mode}
 * {@code prevent|warn}), and its validation: every mistake is a 400 naming the field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public class SodRuleBody {

    static final int NAME_MAX = 100;
    static final int KEYS_MIN = 2;
    static final int KEYS_MAX = 20;
    static final int KEY_MAX = 512;

    public String id;
    public String name;
    public String description;
    public String scope;
    public String solutionId;
    public List<String> itemKeys;
    public String mode;
    public Boolean enabled;
    /** Read only: the keys that name nothing in the realm now (a renamed or deleted role, a deleted group). */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> unresolvedKeys;

    static SodRuleBody of(SodRule rule) {
        SodRuleBody body = new SodRuleBody();
        body.id = rule.id();
        body.name = rule.name();
        body.description = rule.description();
        body.scope = rule.scope().name().toLowerCase(Locale.ROOT);
        body.solutionId = rule.solutionId();
        body.itemKeys = rule.itemKeys();
        body.mode = rule.prevent() ? "prevent" : "warn";
        body.enabled = rule.enabled();
        return body;
    }

    /**
     * An update's rule: the fields {@code update} gives over the {@code stored} rule's, so a field left out keeps its
     * value (as in {@code PUT groups/{id}}), and a console switching a rule on or off sends only {@code enabled}. A
     * field given as null takes its default, as in a new rule.
     */
    static SodRuleBody over(SodRuleBody stored, JsonNode update) {
        ObjectNode merged = JsonSerialization.mapper.valueToTree(stored);
        merged.remove("unresolvedKeys");
        update.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return JsonBodies.read(merged, SodRuleBody.class);
    }

    /** This body with {@link #unresolvedKeys} filled in; the admin event's copy (recorded before) has none. */
    SodRuleBody checked(RuleKeyCheck check) {
        unresolvedKeys = check.unresolved(itemKeys);
        return this;
    }

    /**
     * The rule this body describes. {@code solutionIds} are the realm's solutions; a solution-scoped rule must
     * name one of them and list only grant keys of it. Absent {@code mode} is {@code prevent}, absent
     * {@code enabled} true, absent {@code scope} global.
     */
    SodRule toRule(String ruleId, Set<String> solutionIds) {
        String ruleName = name(name);
        String text = Limits.text("description", blankToNull(description), Limits.TEXT);
        SodRule.Scope ruleScope = scope(scope);
        String solution = blankToNull(solutionId);
        List<String> keys = keys(itemKeys);
        if (ruleScope == SodRule.Scope.SOLUTION) {
            if (solution == null) {
                throw BadRequest.invalid("solutionId", "is required when scope is solution");
            }
            if (!solutionIds.contains(solution)) {
                throw BadRequest.invalid("solutionId", "no solution '" + Limits.shown(solution) + "' in this realm");
            }
            for (int i = 0; i < keys.size(); i++) {
                if (!keys.get(i).startsWith(SodScanner.solutionPrefix(solution))) {
                    throw BadRequest.invalid("itemKeys[" + i + "]", "a rule scoped to a solution lists only its grants ("
                            + AccessItem.grantKey(solution, "{role}") + ")");
                }
            }
        } else if (solution != null) {
            throw BadRequest.invalid("solutionId", "is only for scope solution");
        }
        return new SodRule(ruleId, ruleName, text, ruleScope, solution, keys, prevent(mode),
                enabled == null || enabled);
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw BadRequest.invalid("name", "is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > NAME_MAX) {
            throw BadRequest.invalid("name", "is " + trimmed.length() + " characters long; 1 to " + NAME_MAX
                    + " are allowed");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw BadRequest.invalid("name", "contains a control character");
        }
        return trimmed;
    }

    private static SodRule.Scope scope(String value) {
        if (value == null || value.equals("global")) {
            return SodRule.Scope.GLOBAL;
        } else if (value.equals("solution")) {
            return SodRule.Scope.SOLUTION;
        }
        throw BadRequest.invalid("scope", "'" + Limits.shown(value) + "' is not one of global, solution");
    }

    private static boolean prevent(String value) {
        if (value == null || value.equals("prevent")) {
            return true;
        } else if (value.equals("warn")) {
            return false;
        }
        throw BadRequest.invalid("mode", "'" + Limits.shown(value) + "' is not one of prevent, warn");
    }

    private static List<String> keys(List<String> values) {
        if (values == null) {
            throw BadRequest.invalid("itemKeys", "is required: " + KEYS_MIN + " to " + KEYS_MAX + " access item keys");
        }
        if (values.size() < KEYS_MIN || values.size() > KEYS_MAX) {
            throw BadRequest.invalid("itemKeys", values.size() + " keys; " + KEYS_MIN + " to " + KEYS_MAX
                    + " are allowed");
        }
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = "itemKeys[" + i + "]";
            String key = ItemKeys.require(field, values.get(i));
            if (!seen.add(key)) {
                throw BadRequest.invalid(field, "'" + Limits.shown(key) + "' is listed twice");
            }
            keys.add(key);
        }
        return keys;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The shape of an access item key: a known kind and its non-empty parts. */
    static final class ItemKeys {

        private ItemKeys() {
        }

        static String require(String field, String value) {
            if (value == null || value.isBlank()) {
                throw BadRequest.invalid(field, "must be an access item key such as grant:{solutionId}:{role}");
            }
            String key = value.trim();
            if (key.length() > KEY_MAX || key.chars().anyMatch(Character::isISOControl)) {
                throw BadRequest.invalid(field, "must be at most " + KEY_MAX + " characters without control characters");
            }
            int colon = key.indexOf(':');
            AccessKind kind = colon <= 0 ? null : kind(key.substring(0, colon));
            if (kind == null) {
                throw BadRequest.invalid(field, "'" + Limits.shown(key) + "' does not start with a known kind: grant, eug,"
                        + " realm-role, client-role, group");
            }
            String rest = key.substring(colon + 1);
            boolean twoParts = kind == AccessKind.GRANT || kind == AccessKind.CLIENT_ROLE;
            int split = rest.indexOf(':');
            boolean valid = twoParts ? split > 0 && split < rest.length() - 1 : !rest.isEmpty();
            if (!valid) {
                throw BadRequest.invalid(field, "'" + Limits.shown(key) + "' must look like " + kind.prefix()
                        + (twoParts ? ":{id}:{role}" : ":{name or id}"));
            }
            return key;
        }

        private static AccessKind kind(String prefix) {
            for (AccessKind kind : AccessKind.values()) {
                if (kind.prefix().equals(prefix)) {
                    return kind;
                }
            }
            return null;
        }
    }
}
