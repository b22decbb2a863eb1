package io.runtimeaccess.reviews.decision;

import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.input.Texts;
import java.util.List;
import java.util.Locale;

/**
 * One decision as sent, validated: the item, the decision, its justification (always required: auditors read it)
 * and for a delegation the new reviewer. {@code field} prefixes the names in errors ({@code decisions[3]}).
 */
public record ItemDecision(String itemId, Decision decision, String justification, String delegateTo) {

    public static final int MAX_JUSTIFICATION = 1000;
    public static final int MAX_BULK = 1000;

    public static ItemDecision of(String field, String itemId, String decision, String justification,
            String delegateTo) {
        Texts.plain(field + ".itemId", itemId);
        Texts.multiline(field + ".justification", justification);
        Texts.plain(field + ".delegateTo", delegateTo);
        if (itemId == null || itemId.isBlank() || itemId.length() > 36) {
            throw new InvalidInput(field + ".itemId", "is required (an item id)");
        }
        Decision parsed = decision == null ? null : Decision.ofApiName(decision);
        if (parsed == null) {
            throw new InvalidInput(field + ".decision", "must be one of approve, revoke, delegate");
        }
        if (justification == null || justification.isBlank()) {
            throw new InvalidInput(field + ".justification", "is required");
        }
        if (justification.length() > MAX_JUSTIFICATION) {
            throw new InvalidInput(field + ".justification", "must be at most " + MAX_JUSTIFICATION + " characters");
        }
        if (parsed == Decision.DELEGATE && (delegateTo == null || delegateTo.isBlank())) {
            throw new InvalidInput(field + ".delegateTo", "is required to delegate");
        }
        if (parsed != Decision.DELEGATE && delegateTo != null) {
            throw new InvalidInput(field + ".delegateTo", "is only for decision delegate");
        }
        return new ItemDecision(itemId, parsed, justification, delegateTo);
    }

    /**
     * Refuses an empty or oversized bulk and an item decided twice in one bulk, case aside: a database comparing
     * without case (MariaDB) finds one item under both spellings.
     */
    public static void checkBulk(List<ItemDecision> decisions) {
        if (decisions.isEmpty() || decisions.size() > MAX_BULK) {
            throw new InvalidInput("decisions", "must hold 1 to " + MAX_BULK + " decisions");
        }
        if (decisions.stream().map(d -> d.itemId().toLowerCase(Locale.ROOT)).distinct().count() != decisions.size()) {
            throw new InvalidInput("decisions", "decides an item twice");
        }
    }
}
