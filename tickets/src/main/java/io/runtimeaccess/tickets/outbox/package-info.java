/**
 * The outbox of tickets, table {@code RA_TICKET}. {@link Outbox} queues a ticket in the producer's transaction, one per
 * source and within the realm's bound (a full outbox refuses, counts and logs), and finds a source's ticket for its
 * views; {@link OutboxSink} answers the sharing module's ticket-sink SPI with it, and {@link OutboxResource} lists a
 * realm's tickets under {@code .../runtime-access/tickets/outbox}. A TicketEntity goes from pending (or failed) to open
 * and resolved in Jira, as TicketState names them.
 */
package io.runtimeaccess.tickets.outbox;
