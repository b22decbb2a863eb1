package io.runtimeaccess.anomaly.network;

import io.runtimeaccess.anomaly.observation.NetworkLocation;

/**
 * Resolves an IP address to a location. Implementations are offline lookups (an in-memory range table)
 * and must be fast and thread-safe: the scorer calls this once per event.
 */
public interface IpLocator {

    /** Never {@code null}: {@link NetworkLocation#UNKNOWN} when the address is not covered. */
    NetworkLocation locate(String ip);
}
