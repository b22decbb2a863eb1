/**
 * Tickets for anomaly findings. {@link HighFindings} is a ticket source the delivery task asks at each run: in every
 * realm whose sink takes findings, it queues a ticket for each HIGH or CRITICAL finding seen since the sink was
 * configured that has none yet. It looks for findings rather than being told of them, because the scorer writes them
 * below the sharing module and cannot call its ticket-sink SPI.
 */
package io.runtimeaccess.tickets.finding;
