package io.runtimeaccess.sharing.extension;

import org.keycloak.Config;

/** Reading the extension's provider options ({@code --spi-...} settings) the same way in every module. */
public final class ProviderOptions {

    private ProviderOptions() {
    }

    /**
     * A count or interval that must be at least 1: a 0 would otherwise stop the server's start later, in Keycloak's
     * timer or an allocation, with no word of which option it was.
     */
    public static int positive(Config.Scope config, String option, int fallback) {
        int value = config.getInt(option, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
        return value;
    }
}
