package io.runtimeaccess.requests.lifecycle;

import java.util.Locale;

/**
 * Where a request stands. Only a {@link #PENDING} request can be decided or cancelled; an {@link #ACTIVE} one
 * holds access until it {@link #EXPIRED}.
 */
public enum RequestStatus {
    PENDING,
    ACTIVE,
    REJECTED,
    CANCELLED,
    EXPIRED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A status from a query parameter, or null for a value that is not one. */
    public static RequestStatus fromApi(String value) {
        for (RequestStatus status : values()) {
            if (status.apiName().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
