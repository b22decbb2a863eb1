package io.runtimeaccess.tickets.outbox;

/** Where a ticket is: waiting in the outbox, given up on, or delivered (open or resolved in Jira). */
public enum TicketState {
    PENDING, FAILED, OPEN, RESOLVED
}
