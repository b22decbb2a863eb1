package io.runtimeaccess.reviews.campaign;

import java.util.Locale;

/** A campaign is open for decisions until its deadline or an admin closes it; then it is closed for good. */
public enum CampaignState {
    OPEN,
    CLOSED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignState ofApiName(String name) {
        for (CampaignState state : values()) {
            if (state.apiName().equals(name)) {
                return state;
            }
        }
        return null;
    }
}
