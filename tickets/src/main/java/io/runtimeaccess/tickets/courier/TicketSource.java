package io.runtimeaccess.tickets.courier;

import org.keycloak.models.KeycloakSession;

/**
 * Something the delivery task asks, at each run, to queue the tickets it finds, for producers that cannot call the
 * ticket-sink SPI (the anomaly findings live below the sharing module). Runs in its own transaction.
 */
public interface TicketSource {

    void collect(KeycloakSession session);
}
