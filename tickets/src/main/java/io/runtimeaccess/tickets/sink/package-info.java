/**
 * A realm's ticket sink, table {@code RA_TICKET_SINK}. {@link SinkResource} at
 * {@code .../runtime-access/tickets/config} reads, replaces and deletes it, {@link SinkStore} turns the stored row back
 * into the core's SinkSettings, and {@link SinkOptions} holds the server-wide options read at start-up (intervals,
 * retries, outbox bound, timeout). The Jira token, or a {@code ${vault.*}} reference to it, is write-only: no view,
 * admin event, log line or {@code toString()} shows it.
 */
package io.runtimeaccess.tickets.sink;
