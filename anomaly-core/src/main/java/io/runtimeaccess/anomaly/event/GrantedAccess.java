package io.runtimeaccess.anomaly.event;

/**
 * A role or group given by an admin change.
 *
 * @param kind        {@code role} or {@code group}
 * @param name        the role or group name
 * @param privileged  whether it gives admin-level access (decided by the adapter's configuration)
 */
public record GrantedAccess(String kind, String name, boolean privileged) {
}
