package io.runtimeaccess.events.device;

import java.util.List;
import java.util.Map;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Configuration of one device-cookie step in a flow (the gear icon of the execution in the admin
 * console). Without a configuration the defaults apply.
 */
public final class DeviceCookieConfig {

    public static final String MAX_AGE_DAYS = "max-age-days";

    /** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis); asking for more gains nothing. */
    static final int MAX_MAX_AGE_DAYS = 400;
    static final int DEFAULT_MAX_AGE_DAYS = MAX_MAX_AGE_DAYS;
    static final DeviceCookieConfig DEFAULTS = new DeviceCookieConfig(Map.of());

    private final int maxAgeDays;

    /** Reads a configuration; throws IllegalArgumentException naming the bad field. */
    public DeviceCookieConfig(Map<String, String> config) {
        this.maxAgeDays = days(config == null ? null : config.get(MAX_AGE_DAYS));
    }

    static List<ProviderConfigProperty> properties() {
        return ProviderConfigurationBuilder.create()
                .property().name(MAX_AGE_DAYS).label("Cookie lifetime (days)").type(ProviderConfigProperty.INTEGER_TYPE)
                .defaultValue(DEFAULT_MAX_AGE_DAYS)
                .helpText("Days a browser keeps the device cookie after its latest sign-in, 1 to 400. The cookie is "
                        + "renewed at every sign-in through this step; browsers keep no cookie longer than 400 days.")
                .add()
                .build();
    }

    private static int days(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_AGE_DAYS;
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 1 && days <= MAX_MAX_AGE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_AGE_DAYS + ": '" + value + "' is not a whole number of days from 1 to "
                + MAX_MAX_AGE_DAYS);
    }

    public int maxAgeDays() {
        return maxAgeDays;
    }

    /** The cookie's {@code Max-Age}. */
    public int maxAgeSeconds() {
        return maxAgeDays * 24 * 60 * 60;
    }
}
