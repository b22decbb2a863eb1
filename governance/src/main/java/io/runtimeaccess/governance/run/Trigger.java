package io.runtimeaccess.governance.run;

import java.util.Locale;

/** What started a run. */
public enum Trigger {
    /** {@code POST runs}. */
    API,
    /** The scheduled run. */
    NIGHTLY,
    /** A user was created or signed in through an identity provider for the first time. */
    ONBOARDING;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
