package io.runtimeaccess.tickets.outbox;

/**
 * Where a ticket is: waiting in the outbox, given up on, delivered (open or resolved in Jira), or gone: Jira answered
 * its status poll with 404 or 410 (the issue was deleted or moved out of the token's sight); a gone ticket is asked
 * again as rarely as a resolved one, and comes back when Jira shows it again.
 */
public enum TicketState {
    PENDING, FAILED, OPEN, RESOLVED, GONE
}
