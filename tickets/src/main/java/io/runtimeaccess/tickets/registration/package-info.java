/**
 * How the tickets module plugs into Keycloak. {@link TicketsEntityProviderFactory} registers the tables
 * {@code RA_TICKET_SINK} and {@code RA_TICKET} with Keycloak's JPA layer, reads the server options into SinkOptions,
 * schedules the delivery task with its ticket sources and removes a deleted realm's rows; {@link OutboxSinkFactory}
 * makes the outbox the server's ticket sink ({@code runtime-access-jira}). A package of its own because it wires the
 * others together: none of them imports it.
 */
package io.runtimeaccess.tickets.registration;
