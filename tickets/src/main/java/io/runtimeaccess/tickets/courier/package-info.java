/**
 * Talking to Jira. {@link DeliveryTask} runs on one node of a cluster at a time: it lets each {@link TicketSource}
 * queue what it found, delivers the outbox's due tickets and polls the status of open and lately resolved ones. Courier
 * reads in one short transaction and writes the outcome in another, so no transaction stays open while Jira answers;
 * {@link ConnectionTestResource} asks Jira who the stored credentials are. Redirects are not followed, and the token is
 * in no log line or stored error.
 */
package io.runtimeaccess.tickets.courier;
