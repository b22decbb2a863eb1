package io.runtimeaccess.reviews.item;

import java.util.Locale;

/** The recommender's suggestion for one item, with the justification a reviewer reads ("not used for 143 days"). */
public record Suggestion(Action action, String justification) {

    public enum Action {
        KEEP,
        REVOKE,
        REVIEW;

        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action ofApiName(String name) {
            for (Action action : values()) {
                if (action.apiName().equals(name)) {
                    return action;
                }
            }
            return null;
        }
    }
}
