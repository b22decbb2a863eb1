package io.runtimeaccess.reviews.campaign;

import io.runtimeaccess.reviews.input.InvalidInput;
import io.runtimeaccess.reviews.input.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a campaign finds each item's reviewers: {@code value} is the Keycloak group's path for {@link ReviewerKind#GROUP},
 * the attribute's name for {@link ReviewerKind#MANAGER} (default {@code manager}) and null for
 * {@link ReviewerKind#OWNER} (the owners of each item's solution or end-user group, see {@link OwnedAccess}). {@code fallback} are the
 * usernames or ids that review an item when the rule resolves nobody.
 */
public record ReviewerRule(ReviewerKind kind, String value, List<String> fallback) {

    public static final String DEFAULT_MANAGER_ATTRIBUTE = "manager";
    static final int MAX_FALLBACK = 50;
    /** The stored list (one name per line) fits its column, {@code RA_REVIEW_CAMPAIGN.FALLBACK}. */
    static final int MAX_FALLBACK_TEXT = 4000;
    static final int MAX_NAME = 255;
    /** Reviewers kept per item: a large reviewer group is named by its first hundred members in each item. */
    public static final int MAX_PER_ITEM = 100;
    /** ... and as many as fit the item's column, {@code RA_REVIEW_ITEM.REVIEWERS}, one per line. */
    static final int MAX_REVIEWER_TEXT = 4000;

    public ReviewerRule {
        fallback = List.copyOf(fallback);
    }

    public static ReviewerRule of(String type, String value, List<String> fallback) {
        ReviewerKind kind = type == null ? null : ReviewerKind.ofApiName(type);
        if (kind == null) {
            throw new InvalidInput("reviewers.type", "must be one of group, manager, owner");
        }
        if (kind == ReviewerKind.GROUP && (value == null || value.isBlank())) {
            throw new InvalidInput("reviewers.group", "is required for reviewers of type group");
        }
        if (kind == ReviewerKind.OWNER) {
            value = null;
        }
        String valueField = kind == ReviewerKind.GROUP ? "reviewers.group" : "reviewers.attribute";
        Texts.plain(valueField, value);
        if (value != null && value.length() > MAX_NAME) {
            throw new InvalidInput(valueField, "must be at most " + MAX_NAME + " characters");
        }
        List<String> fallbacks = fallback == null ? List.of() : fallback;
        fallbacks.forEach(name -> Texts.plain("reviewers.fallback", name));
        if (fallbacks.size() > MAX_FALLBACK || fallbacks.stream().anyMatch(f -> f == null || f.isBlank()
                || f.length() > MAX_NAME)) {
            throw new InvalidInput("reviewers.fallback", "must be at most " + MAX_FALLBACK + " non-empty names of at most " + MAX_NAME + " characters");
        }
        if (String.join("\n", fallbacks).length() > MAX_FALLBACK_TEXT) {
            throw new InvalidInput("reviewers.fallback", "the names must add up to at most " + MAX_FALLBACK_TEXT
                    + " characters");
        }
        String resolvedValue = kind == ReviewerKind.MANAGER && (value == null || value.isBlank())
                ? DEFAULT_MANAGER_ATTRIBUTE : value;
        return new ReviewerRule(kind, resolvedValue, List.copyOf(new LinkedHashSet<>(fallbacks)));
    }

    /**
     * The reviewers of one item: those the rule found, or the fallback reviewers when it found nobody. The reviewed
     * user never reviews their own access, so they are taken out first.
     */
    public static List<String> resolve(Set<String> found, String reviewedUserId, List<String> fallbackIds) {
        return resolve(found, Set.of(reviewedUserId), fallbackIds);
    }

    /**
     * {@link #resolve(Set, String, List)} where several users hold the reviewed access (the members of an end-user
     * group whose grant is reviewed): none of them reviews it.
     */
    public static List<String> resolve(Set<String> found, Set<String> holders, List<String> fallbackIds) {
        Set<String> reviewers = new LinkedHashSet<>(found);
        reviewers.removeAll(holders);
        if (reviewers.isEmpty()) {
            reviewers.addAll(fallbackIds);
            reviewers.removeAll(holders);
        }
        List<String> kept = new ArrayList<>();
        int length = -1;
        for (String reviewer : reviewers) {
            // the item stores them one per line in 4,000 characters: a hundred UUIDs fit, a hundred ids of users of
            // a storage provider without import (f:<component>:<id>, about 75 characters) would not
            if (kept.size() == MAX_PER_ITEM || length + 1 + reviewer.length() > MAX_REVIEWER_TEXT) {
                break;
            }
            length += 1 + reviewer.length();
            kept.add(reviewer);
        }
        return List.copyOf(kept);
    }
}
