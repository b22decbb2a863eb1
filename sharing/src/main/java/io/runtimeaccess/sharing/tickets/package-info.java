/**
 * The ticket-sink contract between the modules that want tickets and the tickets module: a producer asks for one (a
 * separation-of-duties violation, an access request needing a manual step, a campaign revocation, a HIGH finding) with
 * a {@link TicketRequest} through {@link Tickets}, which queues it in the caller's transaction through the
 * {@link TicketSink} SPI, or does nothing when the tickets module or the realm's sink is absent. No tracker code here:
 * producers depend on this package, never on the tickets module.
 */
package io.runtimeaccess.sharing.tickets;
