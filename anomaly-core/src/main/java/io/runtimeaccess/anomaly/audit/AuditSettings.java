package io.runtimeaccess.anomaly.audit;

/**
 * What a realm records about itself: whether the {@code runtime-access-events} listener is on, whether
 * user and admin events are saved, with or without the admin event's representation, and how long
 * saved events are kept.
 *
 * @param listenerEnabled            the realm lists the {@code runtime-access-events} listener
 * @param eventsEnabled              user events are saved
 * @param adminEventsEnabled         admin events are saved
 * @param adminEventsDetailsEnabled  saved admin events keep the representation of the change
 * @param eventsExpirationSeconds    how long saved user events are kept; 0 (or less) is for ever
 * @param adminEventsExpirationSeconds how long saved admin events are kept; 0 (or less) is for ever
 */
public record AuditSettings(boolean listenerEnabled, boolean eventsEnabled, boolean adminEventsEnabled,
        boolean adminEventsDetailsEnabled, long eventsExpirationSeconds, long adminEventsExpirationSeconds) {

    public AuditSettings {
        eventsExpirationSeconds = Math.max(0, eventsExpirationSeconds);
        adminEventsExpirationSeconds = Math.max(0, adminEventsExpirationSeconds);
    }
}
