package io.runtimeaccess.tickets.outbox;

/**
 * Where a ticket is: waiting in the outbox, given up on, delivered (open or resolved in Jira), or gone: Jira answered
 * its status poll with 404 or 410 (the issue was deleted or moved out of the token's sight), so it is no longer
 * polled.
 */
public enum TicketState {
    PENDING, FAILED, OPEN, RESOLVED, GONE
}
