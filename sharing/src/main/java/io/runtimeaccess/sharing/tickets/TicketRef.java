package io.runtimeaccess.sharing.tickets;

/**
 * The ticket opened for a request, violation or finding, as its view shows it: the tracker's key and browse URL
 * (null until delivered) and the status: {@code pending} (in the outbox), {@code failed} (given up), or the
 * tracker's status name once delivered, with {@code resolved} true when the tracker counts it as done.
 */
public record TicketRef(String key, String status, String url, boolean resolved) {
}
